import { z } from 'zod';

/** Building blocks for the contract's input schemas. Limits are generous but finite. */

export const uuid = z.uuid();

/** A required line of text: trimmed, not empty. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** An optional line of text: trimmed; '' clears it. */
export const optionalText = (max: number) => z.string().trim().max(max).optional();

/** Free text such as notes: kept exactly as typed, line breaks and all. */
export const longText = (max: number) => z.string().max(max).optional();

export const LIMITS = {
  name: 500,
  shortName: 100,
  line: 300,
  notes: 20_000,
  search: 200,
  bulk: 20_000,
} as const;

const phonePattern = /^[+0-9 ()\-–]*$/;
export const phone = z
  .string()
  .trim()
  .max(50)
  .refine((v) => phonePattern.test(v), { message: 'validation.phone' })
  .optional();

/**
 * '' clears the address. One string schema with zod's own e-mail pattern rather than a
 * union of '' and z.email(): the same rule, without parsing every address twice (a 10,000
 * row import checks every one).
 */
export const email = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || z.regexes.email.test(v), { message: 'validation.email' })
  .optional();

/** Websites are opened in the system browser, so only http(s) is accepted. */
export const website = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === '' || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), { message: 'validation.url' })
  .optional();

/** A calendar date as YYYY-MM-DD. */
export const isoDate = z.iso.date();

export const pageInput = {
  page: z.number().int().min(1).max(1_000_000).optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
};

export const archivedFilter = z.enum(['active', 'archived', 'all']).optional();

export const idInput = z.strictObject({ id: uuid });

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Makes a strict `{ id, patch }` update input from a create schema's shape; an empty patch is refused. */
export const updateInput = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject({
    id: uuid,
    patch: z
      .strictObject(shape)
      .partial()
      .refine((p) => Object.keys(p).length > 0, { message: 'validation.emptyPatch' }),
  });
