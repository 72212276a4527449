/**
 * English defines the UI's keys; Kazakh and Russian are typed against the same shape,
 * so a missing or extra key in either is a compile error, not a blank label at run time.
 */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
