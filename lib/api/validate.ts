import type { z } from 'zod';
import { badRequest } from './http';

/** Longest free-text value accepted from a URL (search text, names in filters). */
export const TEXT_MAX = 1000;
const SHOWN_MAX = 100;

/** A value as an error message shows it: clipped, since it may be 10,000 characters long. */
export function clip(raw: string): string {
  return raw.length > SHOWN_MAX ? `${raw.slice(0, SHOWN_MAX)}… (${raw.length} characters)` : raw;
}

/**
 * Every path segment and query parameter goes through here: the schema's output, or a 400
 * `<what> must be <expected>, got "<value>"` (the JSON encoding escapes what the value holds).
 */
export function checked<T>(schema: z.ZodType<T, string>, raw: string, what: string, expected: string): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw badRequest(`${what} must be ${expected}, got "${clip(raw)}"`);
  return r.data;
}
