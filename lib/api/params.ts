import { z } from 'zod';
import { parseTime } from '@/lib/model/time';
import { badRequest } from './http';
import { checked, TEXT_MAX } from './validate';

const DAY = 24 * 3600_000;
/** The longest time range any route reads (history is kept for 90 days at most). */
export const MAX_RANGE_MS = 400 * DAY;

const text = (max: number) => z.string().max(max).refine((s) => !s.includes('\u0000'));
const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,16}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
const INT64_MAX = 2n ** 63n - 1n;
const int64 = z
  .string()
  .regex(/^\d{1,19}$/)
  .transform((s) => BigInt(s))
  .refine((n) => n <= INT64_MAX);
const time = z.string().transform((s, ctx) => parseTime(s) ?? (ctx.addIssue({ code: 'custom', message: 'not a time' }), z.NEVER));
const bool = z.enum(['true', '1', 'false', '0']).transform((s) => s === 'true' || s === '1');

/** Query-string parsing that fails with a 400 naming the parameter and what was expected. */
export class Params {
  constructor(private readonly sp: URLSearchParams) {}

  static of(req: Request): Params {
    return new Params(new URL(req.url).searchParams);
  }

  private raw(name: string): string | undefined {
    const v = this.sp.get(name);
    return v === null || v === '' ? undefined : v;
  }

  private parse<T>(name: string, schema: z.ZodType<T, string>, expected: string): T | undefined {
    const raw = this.raw(name);
    return raw === undefined ? undefined : checked(schema, raw, `parameter "${name}"`, expected);
  }

  /** Free text (a search, a name filter): at most `max` characters, no NUL. */
  string(name: string, max = TEXT_MAX): string | undefined {
    return this.parse(name, text(max), `text of at most ${max} characters without NUL`);
  }

  int(name: string, opts: { min?: number; max?: number; def?: number } = {}): number | undefined {
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = opts;
    return this.parse(name, integer(min, max), `an integer between ${min} and ${max}`) ?? opts.def;
  }

  /** Non-negative integer ids separated by commas (`1,2`), at most `max` of them, without repeats. */
  ids(name: string, max = 100): number[] | undefined {
    const list = z
      .string()
      .transform((s) => s.split(',').map((x) => x.trim()))
      .pipe(z.array(z.string().regex(/^\d{1,9}$/)).max(max))
      .transform((xs) => [...new Set(xs.map(Number))]);
    return this.parse(name, list, `ids separated by commas (at most ${max})`);
  }

  /** A non-negative 64-bit id (event ids, cursors). */
  int64(name: string): bigint | undefined {
    return this.parse(name, int64, 'a non-negative 64-bit integer');
  }

  /** ISO 8601 time or epoch milliseconds; impossible dates (2026-02-30) are refused. */
  time(name: string): Date | undefined {
    return this.parse(name, time, 'an ISO 8601 time or epoch milliseconds');
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    return this.parse(name, z.enum(allowed as readonly [T, ...T[]]), `one of ${allowed.join(', ')}`);
  }

  bool(name: string, def: boolean): boolean {
    return this.parse(name, bool, 'true or false') ?? def;
  }
}

/** A time range with sane defaults: `to` = now, `from` = `to` minus `defaultMs`; at most `maxMs` long. */
export function timeRange(p: Params, defaultMs: number, now = new Date(), maxMs = MAX_RANGE_MS): { from: Date; to: Date } {
  const to = p.time('to') ?? now;
  const from = p.time('from') ?? new Date(to.getTime() - defaultMs);
  if (from.getTime() >= to.getTime()) throw badRequest('parameter "from" must be before "to"');
  if (to.getTime() - from.getTime() > maxMs) throw badRequest(`parameters "from" and "to" must be at most ${Math.round(maxMs / DAY)} days apart`);
  return { from, to };
}
