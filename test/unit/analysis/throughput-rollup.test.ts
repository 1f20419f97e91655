import { describe, expect, it } from 'vitest';
import type { EndOffsetReading } from '@/lib/analysis/offset-samples';
import { THROUGHPUT_BUCKET_MS, ThroughputRollup, type ThroughputRow } from '@/lib/analysis/throughput-rollup';
import { seeded } from '../../support/seeded';

const T0 = Date.parse('2026-06-01T10:00:00Z');
const reading = (topic: string, partition: number, endOffset: bigint | null): EndOffsetReading => ({ topic, partition, endOffset });
const every = { flushEveryMs: 0, maxSpanMs: 10 * 60_000 };

/** Rows summed per topic and bucket, as the store adds them up. */
function stored(rows: ThroughputRow[]): Map<string, { messages: bigint; seconds: number }> {
  const out = new Map<string, { messages: bigint; seconds: number }>();
  for (const r of rows) {
    const key = `${r.topic}@${r.bucket.toISOString()}`;
    const o = out.get(key) ?? { messages: 0n, seconds: 0 };
    o.messages += r.messages;
    o.seconds += r.seconds;
    out.set(key, o);
  }
  return out;
}

describe('throughput rollup', () => {
  it('counts the messages written between polls and the seconds watched, in the bucket of the later poll', () => {
    const r = new ThroughputRollup(every);
    expect(r.observe(new Date(T0), [reading('a', 0, 100n), reading('a', 1, 5n)])).toEqual([]);
    const rows = r.observe(new Date(T0 + 5000), [reading('a', 0, 130n), reading('a', 1, 7n)]);
    expect(rows).toEqual([{ topic: 'a', bucket: new Date(T0), messages: 32n, seconds: 5 }]);
    // The poll after the bucket's end: its interval counts in the next bucket.
    const next = r.observe(new Date(T0 + THROUGHPUT_BUCKET_MS + 1000), [reading('a', 0, 131n), reading('a', 1, 7n)]);
    expect(next).toEqual([{ topic: 'a', bucket: new Date(T0 + THROUGHPUT_BUCKET_MS), messages: 1n, seconds: (THROUGHPUT_BUCKET_MS - 4000) / 1000 }]);
  });

  it('hands rows over once a minute and when a bucket closes, never the same count twice', () => {
    const r = new ThroughputRollup({ flushEveryMs: 60_000, maxSpanMs: 10 * 60_000 });
    const handed: ThroughputRow[][] = [];
    for (let i = 0; i <= 120; i++) handed.push(r.observe(new Date(T0 + i * 5000), [reading('a', 0, BigInt(i * 3))]));
    // Polls 12, 24, 36, 48 (a minute each), 60 (the bucket closed: 10:05:00 is in the next), 72, …
    expect(handed.flatMap((rows, i) => (rows.length > 0 ? [i] : []))).toEqual([12, 24, 36, 48, 60, 72, 84, 96, 108, 120]);
    const sum = stored(handed.flat());
    expect(sum.get(`a@${new Date(T0).toISOString()}`)).toEqual({ messages: 59n * 3n, seconds: 59 * 5 });
    expect([...sum.values()].reduce((n, v) => n + v.messages, 0n)).toBe(120n * 3n);
  });

  it('a partition without a leader counts as watched, writing nothing; an unread topic is a gap', () => {
    const r = new ThroughputRollup(every);
    r.observe(new Date(T0), [reading('a', 0, 10n), reading('b', 0, 10n)]);
    const rows = r.observe(new Date(T0 + 5000), [reading('a', 0, null), reading('b', 0, null)], [{ topic: 'a', partition: 0 }]);
    expect(rows).toEqual([{ topic: 'a', bucket: new Date(T0), messages: 0n, seconds: 5 }]);
  });

  it('counts nothing across a gap longer than the longest span, nor a falling offset (recreated topic)', () => {
    const r = new ThroughputRollup(every);
    r.observe(new Date(T0), [reading('a', 0, 10n)]);
    expect(r.observe(new Date(T0 + 11 * 60_000), [reading('a', 0, 500n)])).toEqual([]);
    expect(r.observe(new Date(T0 + 11 * 60_000 + 5000), [reading('a', 0, 3n)])).toEqual([{ topic: 'a', bucket: new Date(T0 + 2 * THROUGHPUT_BUCKET_MS), messages: 0n, seconds: 5 }]);
    expect(r.observe(new Date(T0 + 11 * 60_000 + 10_000), [reading('a', 0, 9n)])[0]!.messages).toBe(6n);
  });

  it('adds up to every end-offset delta and every watched interval, over random polls', () => {
    const rand = seeded(42);
    for (let run = 0; run < 20; run++) {
      const r = new ThroughputRollup({ flushEveryMs: rand.int(4) * 30_000, maxSpanMs: 10 * 60_000 });
      const ends = [0n, 0n, 0n, 0n];
      const history: { at: number; readings: EndOffsetReading[]; leaderless: number[] }[] = [];
      const rows: ThroughputRow[] = [];
      let t = T0 + rand.int(300_000);
      for (let i = 0; i < 400; i++) {
        t += rand.int(20) === 0 ? 60_000 * (1 + rand.int(15)) : 5000; // now and then a gap, some longer than 10 minutes
        const leaderless: number[] = [];
        const readings = ends.map((e, p) => {
          const roll = rand.int(30);
          if (roll === 0) return reading(p < 2 ? 'a' : 'b', p, null);
          if (roll === 1) {
            leaderless.push(p);
            return reading(p < 2 ? 'a' : 'b', p, null);
          }
          ends[p] = roll === 2 ? BigInt(rand.int(5)) : e + BigInt(rand.int(3) === 0 ? 0 : rand.int(1000));
          return reading(p < 2 ? 'a' : 'b', p, ends[p]!);
        });
        history.push({ at: t, readings, leaderless });
        rows.push(...r.observe(new Date(t), readings, leaderless.map((p) => ({ topic: p < 2 ? 'a' : 'b', partition: p }))));
      }
      // Whatever is still counted but not handed over is handed over by the next closing bucket.
      rows.push(...r.observe(new Date(t + THROUGHPUT_BUCKET_MS), []));
      // The definition, from the whole history at once.
      const want = new Map<string, { messages: bigint; seconds: number }>();
      const add = (topic: string, at: number, messages: bigint, seconds: number) => {
        const key = `${topic}@${new Date(Math.floor(at / THROUGHPUT_BUCKET_MS) * THROUGHPUT_BUCKET_MS).toISOString()}`;
        const o = want.get(key) ?? { messages: 0n, seconds: 0 };
        o.messages += messages;
        o.seconds += seconds;
        want.set(key, o);
      };
      for (const topic of ['a', 'b']) {
        const parts = topic === 'a' ? [0, 1] : [2, 3];
        let lastWatched: number | null = null;
        const lastRead = new Map<number, { at: number; end: bigint }>();
        for (const h of history) {
          let messages = 0n;
          let watched = h.leaderless.some((p) => parts.includes(p));
          for (const p of parts) {
            const e = h.readings[p]!.endOffset;
            if (e === null) continue;
            watched = true;
            const prev = lastRead.get(p);
            if (prev && h.at - prev.at <= 10 * 60_000 && e > prev.end) messages += e - prev.end;
            lastRead.set(p, { at: h.at, end: e });
          }
          if (!watched) continue;
          if (lastWatched !== null && h.at - lastWatched <= 10 * 60_000) add(topic, h.at, messages, (h.at - lastWatched) / 1000);
          lastWatched = h.at;
        }
      }
      expect(stored(rows)).toEqual(want);
    }
  });
});
