import { z } from 'zod';
import { call } from './contract';
import type { InteractionModule } from '../model';

export const moduleCalls = {
  /** The 12 modules with the guide's goal, tasks and suggested sectors, and who is assigned. */
  list: call<InteractionModule[]>()('modules:list', z.strictObject({})),
};
