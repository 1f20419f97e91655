import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/http';
import { MAX_RANGE_MS, Params, timeRange } from '@/lib/api/params';

const p = (qs: string) => new Params(new URLSearchParams(qs));

/** The 400 message a call fails with, or null when it does not fail. */
function refusal(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).status).toBe(400);
    return (e as ApiError).message;
  }
}

describe('Params', () => {
  it('reads well-formed values and defaults', () => {
    const q = p('limit=20&from=2026-02-28T10:00:00Z&type=BROKER_DOWN&internal=false&cursor=9223372036854775807');
    expect(q.int('limit', { min: 1, max: 1000, def: 100 })).toBe(20);
    expect(q.int('page', { min: 1, def: 1 })).toBe(1);
    expect(q.time('from')?.toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(q.string('type')).toBe('BROKER_DOWN');
    expect(q.bool('internal', true)).toBe(false);
    expect(q.int64('cursor')).toBe(2n ** 63n - 1n);
    expect(q.oneOf('view', ['list', 'grouped'] as const)).toBeUndefined();
  });

  it.each([
    ['limit=99999999999999999999', (q: Params) => q.int('limit', { min: 1, max: 1000 }), 'parameter "limit" must be an integer between 1 and 1000, got "99999999999999999999"'],
    ['limit=1e3', (q: Params) => q.int('limit', { min: 1, max: 1000 }), 'parameter "limit" must be an integer between 1 and 1000, got "1e3"'],
    ['limit=0', (q: Params) => q.int('limit', { min: 1, max: 1000 }), 'parameter "limit" must be an integer between 1 and 1000, got "0"'],
    ['cursor=9223372036854775808', (q: Params) => q.int64('cursor'), 'parameter "cursor" must be a non-negative 64-bit integer, got "9223372036854775808"'],
    ['from=2026-02-30', (q: Params) => q.time('from'), 'parameter "from" must be an ISO 8601 time or epoch milliseconds, got "2026-02-30"'],
    ['topic=a%00b', (q: Params) => q.string('topic'), 'parameter "topic" must be text of at most 1000 characters without NUL, got "a\u0000b"'],
    ['view=%3Cscript%3E', (q: Params) => q.oneOf('view', ['list', 'grouped']), 'parameter "view" must be one of list, grouped, got "<script>"'],
    ['internal=yes', (q: Params) => q.bool('internal', true), 'parameter "internal" must be true or false, got "yes"'],
  ])('%s is a 400 naming the parameter', (qs, read, message) => {
    expect(refusal(() => read(p(qs)))).toBe(message);
  });

  it('reads id lists, refusing anything but ids', () => {
    expect(p('broker=1, 2,1').ids('broker')).toEqual([1, 2]);
    expect(refusal(() => p('broker=1,x').ids('broker'))).toBe('parameter "broker" must be ids separated by commas (at most 100), got "1,x"');
    expect(refusal(() => p(`broker=${Array.from({ length: 101 }, (_, i) => i).join(',')}`).ids('broker'))).toMatch(/^parameter "broker" must be ids separated by commas \(at most 100\)/);
  });

  it('shows a 10,000-character value clipped', () => {
    const long = 'x'.repeat(10_000);
    const message = refusal(() => p(`q=${long}`).string('q'));
    expect(message).toMatch(/^parameter "q" must be text of at most 1000 characters without NUL, got "x{100}… \(10000 characters\)"$/);
  });
});

describe('timeRange', () => {
  const now = new Date('2026-03-01T00:00:00Z');

  it('defaults to the last defaultMs before now', () => {
    expect(timeRange(p(''), 3600_000, now)).toEqual({ from: new Date('2026-02-28T23:00:00Z'), to: now });
  });

  it('refuses an empty, a reversed and an unbounded range', () => {
    expect(refusal(() => timeRange(p('from=2026-02-01&to=2026-02-01'), 1, now))).toBe('parameter "from" must be before "to"');
    expect(refusal(() => timeRange(p('from=0&to=999999999999999'), 1, now))).toBe('parameters "from" and "to" must be at most 400 days apart');
    expect(timeRange(p(`from=${now.getTime() - MAX_RANGE_MS}`), 1, now).from.getTime()).toBe(now.getTime() - MAX_RANGE_MS);
  });
});
