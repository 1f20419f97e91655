import { describe, expect, it } from 'vitest';
import { intervalsOf } from '@/lib/analysis/intervals';
import { partitionHistory } from '@/lib/analysis/partition-history';
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
      { at: t('17:05'), type: 'ISR_SHRINK', details: { after: [1, 3], replicas: [1, 2, 3] } },
      { at: t('17:06'), type: 'ISR_SHRINK', details: { after: [1], replicas: [1, 2, 3] } },
      { at: t('17:06'), type: 'UNDER_MIN_ISR', details: {} },
      { at: t('17:30'), type: 'ISR_EXPAND', details: { after: [1, 3], replicas: [1, 2, 3] } },
      { at: t('17:30'), type: 'MIN_ISR_RESTORED', details: {} },
      { at: t('17:40'), type: 'ISR_EXPAND', details: { after: [1, 2, 3], replicas: [1, 2, 3] } },
    ];
    const h = partitionHistory(events, t('17:00'), t('18:00'), { offline: false, underMinIsr: false, underReplicated: false });
    expect(h.underReplicated.map((i) => [i.start.slice(11, 16), i.end?.slice(11, 16)])).toEqual([['17:05', '17:40']]);
    expect(h.underMinIsr.map((i) => [i.start.slice(11, 16), i.end?.slice(11, 16)])).toEqual([['17:06', '17:30']]);
    expect(h.offline).toEqual([]);
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
