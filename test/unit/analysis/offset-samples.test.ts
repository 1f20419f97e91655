import { describe, expect, it } from 'vitest';
import { seeded } from '@/test/support/seeded';
import { EndOffsetSampler, type EndOffsetReading, type OffsetSampleRow } from '@/lib/analysis/offset-samples';
import { lastWrite, throughput } from '@/lib/analysis/throughput';

const T0 = Date.parse('2026-11-30T12:00:00Z');
const at = (i: number) => new Date(T0 + i * 5000);
const read = (endOffset: bigint | null, partition = 0, topic = 't'): EndOffsetReading => ({ topic, partition, endOffset });
const rows = (r: OffsetSampleRow[]) => r.map((x) => [x.partition, (x.at.getTime() - T0) / 5000, Number(x.endOffset)]);

describe('EndOffsetSampler', () => {
  it('stores the first reading, then a moved offset; an unchanged one once a heartbeat', () => {
    const s = new EndOffsetSampler(30_000); // 6 polls
    expect(rows(s.select(at(0), [read(10n)]))).toEqual([[0, 0, 10]]);
    for (let i = 1; i < 6; i++) expect(s.select(at(i), [read(10n)])).toEqual([]);
    expect(rows(s.select(at(6), [read(10n)]))).toEqual([[0, 6, 10]]);
    expect(rows(s.select(at(7), [read(12n)]))).toEqual([[0, 7, 12]]); // the poll before was stored: no edge row
  });

  it('a move after a quiet spell brings the last poll that saw the old offset with it', () => {
    const s = new EndOffsetSampler(60_000);
    s.select(at(0), [read(10n)]);
    s.select(at(1), [read(10n)]);
    s.select(at(2), [read(10n)]);
    expect(rows(s.select(at(3), [read(25n)]))).toEqual([
      [0, 2, 10],
      [0, 3, 25],
    ]);
  });

  it('a poll that could not read the offset changes nothing; a partition unread for ten heartbeats is stored at once when back', () => {
    const s = new EndOffsetSampler(60_000);
    s.select(at(0), [read(10n)]);
    s.select(at(1), [read(10n)]);
    expect(s.select(at(2), [read(null)])).toEqual([]);
    expect(s.select(at(3), [])).toEqual([]);
    // Still 10 at poll 1, moved by poll 4: the rate covers polls 1–4, nothing is invented for 2 and 3.
    expect(rows(s.select(at(4), [read(16n)]))).toEqual([
      [0, 1, 10],
      [0, 4, 16],
    ]);
    s.select(at(5), [read(16n)]);
    expect(s.select(at(200), [read(16n, 1)])).toHaveLength(1); // partition 0 not read for 195 polls
    expect(rows(s.select(at(201), [read(16n)]))).toEqual([[0, 201, 16]]);
  });

  it('charts the same rates and last write as one row per poll, from far fewer rows', () => {
    // 40 partitions over 600 polls: most idle most of the time, bursts here and there, some
    // polls unable to read a partition. A seeded generator keeps the test deterministic.
    const rand = seeded(42).float;
    const ends = Array.from({ length: 40 }, () => 100n);
    const s = new EndOffsetSampler(60_000);
    const all: OffsetSampleRow[] = [];
    const kept: OffsetSampleRow[] = [];
    for (let i = 0; i < 600; i++) {
      const readings = ends.map((e, p) => {
        if (p % 4 === 0 || rand() < 0.05) ends[p] = e + BigInt(1 + Math.floor(rand() * 50)); // busy, or a burst
        return read(rand() < 0.02 ? null : ends[p]!, p);
      });
      for (const r of readings) if (r.endOffset !== null) all.push({ topic: 't', partition: r.partition, at: at(i), endOffset: r.endOffset });
      kept.push(...s.select(at(i), readings));
    }
    const full = new Map(throughput(all).map((p) => [p.at, p.messagesPerSecond]));
    const thin = throughput(kept);
    expect(thin.length).toBeGreaterThan(500);
    for (const p of thin) expect([p.at, p.messagesPerSecond]).toEqual([p.at, full.get(p.at)]);
    expect(lastWrite(kept)).toBe(lastWrite(all));
    expect(kept.length / all.length).toBeLessThan(0.5);
  });
});
