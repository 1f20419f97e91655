import { describe, expect, it } from 'vitest';
import { NOT_IMPAIRED, partitionHistory, startStateOf } from '@/lib/analysis/partition-history';
import { availability, intervalsOf } from '@/lib/model/intervals';
import { ev, expand, offline, online, shrink } from '../incidents/story';
import { lastWrite, throughput } from '@/lib/analysis/throughput';

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

describe('partitionHistory', () => {
  it('derives under-replicated periods from ISR events and offline periods from their events', () => {
    const events = [
      shrink('orders', 0, t('17:05'), [2]),
      shrink('orders', 0, t('17:06'), [3], [1, 2, 3]),
      ev('UNDER_MIN_ISR', t('17:06'), { isr: [1], minIsr: 2, leader: 1 }, { topic: 'orders', partition: 0 }),
      expand('orders', 0, t('17:30'), [3], [1, 2, 3], [1, 3]),
      ev('MIN_ISR_RESTORED', t('17:30'), { isr: [1, 3], minIsr: 2 }, { topic: 'orders', partition: 0 }),
      expand('orders', 0, t('17:40'), [2]),
    ];
    const h = partitionHistory(events, t('17:00'), t('18:00'), NOT_IMPAIRED);
    expect(h.underReplicated.map((i) => [i.start.slice(11, 16), i.end?.slice(11, 16)])).toEqual([['17:05', '17:40']]);
    expect(h.underMinIsr.map((i) => [i.start.slice(11, 16), i.end?.slice(11, 16)])).toEqual([['17:06', '17:30']]);
    expect(h.offline).toEqual([]);
  });

  it('starts from the state the last events before the range left', () => {
    const before = [offline('a', 0, t('16:00')), shrink('a', 0, t('16:00'), [1]), ev('UNDER_MIN_ISR', t('16:00'), { isr: [], minIsr: 1, leader: -1 }, { topic: 'a', partition: 0 })];
    expect(startStateOf(before)).toEqual({ offline: true, underMinIsr: true, underReplicated: true });
    expect(startStateOf([...before, online('a', 0, t('16:30'))])).toMatchObject({ offline: false });
    const h = partitionHistory([online('a', 0, t('17:10'))], t('17:00'), t('18:00'), startStateOf(before));
    expect(h.offline).toEqual([{ start: t('17:00').toISOString(), end: t('17:10').toISOString(), durationMs: 600_000 }]);
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

describe('throughput', () => {
  const p = (partition: number, s: number, endOffset: bigint) => ({ partition, at: new Date(s * 1000), endOffset });

  it('sums per-partition deltas over time', () => {
    expect(throughput([p(0, 0, 0n), p(1, 0, 100n), p(0, 5, 50n), p(1, 5, 150n), p(0, 10, 50n), p(1, 10, 150n)])).toEqual([
      { at: new Date(5000).toISOString(), messagesPerSecond: 20 },
      { at: new Date(10000).toISOString(), messagesPerSecond: 0 },
    ]);
  });

  it('a recreated topic (offset going back) is not a negative rate', () => {
    expect(throughput([p(0, 0, 1000n), p(0, 5, 3n)])).toEqual([{ at: new Date(5000).toISOString(), messagesPerSecond: 0 }]);
  });

  it('last write is the last time an end offset moved: writes stopped at 17:05', () => {
    const pts = [p(0, 0, 10n), p(0, 5, 20n), p(0, 10, 20n), p(0, 15, 20n)];
    expect(lastWrite(pts)).toBe(new Date(5000).toISOString());
    expect(lastWrite([p(0, 0, 10n), p(0, 5, 10n)])).toBeNull();
  });
});
