import { describe, expect, it } from 'vitest';
import { availability, intervalsOf } from '@/lib/model/intervals';

const t = (hhmm: string) => new Date(`2026-01-01T${hhmm}:00Z`);

describe('intervalsOf', () => {
  const from = t('17:00');
  const to = t('20:00');

  it('the incident: broker down 17:05, up 19:18', () => {
    expect(intervalsOf([{ at: t('17:05'), on: true }, { at: t('19:18'), on: false }], from, to, false)).toEqual([
      { start: '2026-01-01T17:05:00.000Z', end: '2026-01-01T19:18:00.000Z', durationMs: (2 * 60 + 13) * 60_000 },
    ]);
  });

  it('an interval open at the end of the range has no end', () => {
    expect(intervalsOf([{ at: t('19:00'), on: true }], from, to, false)).toEqual([
      { start: '2026-01-01T19:00:00.000Z', end: null, durationMs: 3_600_000 },
    ]);
  });

  it('already on at the start of the range starts at the range start; repeats are ignored', () => {
    const got = intervalsOf([{ at: t('17:30'), on: true }, { at: t('18:00'), on: false }, { at: t('18:30'), on: false }], from, to, true);
    expect(got).toEqual([{ start: '2026-01-01T17:00:00.000Z', end: '2026-01-01T18:00:00.000Z', durationMs: 3_600_000 }]);
  });

  it('flapping gives one interval per down period, in time order even if given unordered', () => {
    const got = intervalsOf(
      [{ at: t('18:10'), on: false }, { at: t('18:00'), on: true }, { at: t('18:20'), on: true }, { at: t('18:25'), on: false }],
      from, to, false,
    );
    expect(got.map((i) => [i.start.slice(11, 16), i.end?.slice(11, 16)])).toEqual([['18:00', '18:10'], ['18:20', '18:25']]);
  });
});

describe('availability', () => {
  it('is computed over the watched part of the range only, never rounding an outage away', () => {
    const w = { from: t('00:00').toISOString(), to: t('23:59').toISOString(), watchedFrom: t('23:53').toISOString(), intervals: [{ start: t('23:55').toISOString(), end: t('23:56').toISOString(), durationMs: 60_000 }] };
    expect(availability(w)).toBeCloseTo(5 / 6, 3);
    expect(availability({ ...w, intervals: [] })).toBe(1);
    expect(availability({ ...w, watchedFrom: null })).toBeNull();
    const day = { from: t('00:00').toISOString(), to: '2026-01-02T00:00:00.000Z', watchedFrom: t('00:00').toISOString(), intervals: [{ start: t('12:00').toISOString(), end: t('12:00').toISOString(), durationMs: 22_000 }] };
    expect(availability(day)).toBe(0.9997);
  });
});
