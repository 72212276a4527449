import { en } from './en';
import type { Widen } from './types';

/** The shape every UI language must have: English's keys, any text. */
export type UiResources = Widen<typeof en>;

export { en };
export { kk } from './kk';
export { ru } from './ru';
