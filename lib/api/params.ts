import { badRequest } from './http';

/** Query-string parsing that fails with a 400 naming the parameter and what was expected. */
export class Params {
  constructor(private readonly sp: URLSearchParams) {}

  static of(req: Request): Params {
    return new Params(new URL(req.url).searchParams);
  }

  string(name: string): string | undefined {
    const v = this.sp.get(name);
    return v === null || v === '' ? undefined : v;
  }

  int(name: string, opts: { min?: number; max?: number; def?: number } = {}): number | undefined {
    const raw = this.string(name);
    if (raw === undefined) return opts.def;
    const n = Number(raw);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = opts;
    if (!/^-?\d+$/.test(raw) || n < min || n > max) {
      throw badRequest(`parameter "${name}" must be an integer between ${min} and ${max}, got "${raw}"`);
    }
    return n;
  }

  /** ISO 8601 time or epoch milliseconds. */
  time(name: string): Date | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const d = /^\d+$/.test(raw) ? new Date(Number(raw)) : new Date(raw);
    if (Number.isNaN(d.getTime())) throw badRequest(`parameter "${name}" must be an ISO 8601 time or epoch milliseconds, got "${raw}"`);
    return d;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(raw)) {
      throw badRequest(`parameter "${name}" must be one of ${allowed.join(', ')}, got "${raw}"`);
    }
    return raw as T;
  }

  bool(name: string, def: boolean): boolean {
    const raw = this.string(name);
    if (raw === undefined) return def;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    throw badRequest(`parameter "${name}" must be true or false, got "${raw}"`);
  }
}

/** A time range with sane defaults: `to` = now, `from` = `to` minus `defaultMs`. */
export function timeRange(p: Params, defaultMs: number, now = new Date()): { from: Date; to: Date } {
  const to = p.time('to') ?? now;
  const from = p.time('from') ?? new Date(to.getTime() - defaultMs);
  if (from.getTime() >= to.getTime()) throw badRequest('parameter "from" must be before "to"');
  return { from, to };
}
