// Messages written per topic in 5-minute buckets, counted as polls arrive: what a throughput chart
// longer than an hour reads instead of every end offset of every partition (a day of a 100-partition
// topic polled every 5 s is 1.7 million rows; its buckets are 288). Computed from the poll's own
// readings rather than by re-reading the stored end offsets: at 10,000 partitions those are ~1.2
// million rows every 10 minutes, read back only to be summed.
//
// A bucket holds the messages written (the sum of end-offset deltas) and the seconds it watched;
// its rate is one over the other, so a bucket watched for half its length reads the right rate,
// and one never watched is absent (a gap), never 0.
import type { ClusterMetadata } from '@/lib/model/observation';
import type { EndOffsetReading } from './offset-samples';

export const THROUGHPUT_BUCKET_MS = 5 * 60_000;

export interface ThroughputRow {
  topic: string;
  /** Start of the 5-minute bucket. */
  bucket: Date;
  messages: bigint;
  /** Seconds of the bucket between polls that read the topic (the denominator of its rate). */
  seconds: number;
}

export interface ThroughputRollupOptions {
  /** Counted buckets are handed over at most this often (and whenever a bucket closes). */
  flushEveryMs: number;
  /**
   * Two readings further apart than this are not counted (neither messages nor seconds): the
   * writes of a long gap would otherwise be smeared over it as an average rate nobody saw.
   */
  maxSpanMs: number;
}

export const DEFAULT_ROLLUP_OPTIONS: ThroughputRollupOptions = { flushEveryMs: 60_000, maxSpanMs: 10 * 60_000 };

interface Last {
  at: number;
  endOffset: bigint;
}

/** A partition with no leader takes no writes: it counts as read, unchanged (a rate of 0, not a gap). */
export interface Leaderless {
  topic: string;
  partition: number;
}

export function leaderlessOf(metadata: ClusterMetadata): Leaderless[] {
  return metadata.topics.flatMap((t) => t.partitions.filter((p) => p.leader < 0).map((p) => ({ topic: t.name, partition: p.partition })));
}

export class ThroughputRollup {
  private readonly last = new Map<string, Last>();
  private readonly topicAt = new Map<string, number>();
  private pending = new Map<string, ThroughputRow>();
  private flushedAt: number | null = null;

  constructor(private readonly opts: ThroughputRollupOptions = DEFAULT_ROLLUP_OPTIONS) {}

  /**
   * Counts one poll; returns the rows to store with it (added to what is stored for their bucket),
   * usually none: rows are handed over once a minute and when a bucket closes. The messages of an
   * interval are counted in the bucket of the poll that ends it.
   */
  observe(at: Date, readings: readonly EndOffsetReading[], leaderless: readonly Leaderless[] = []): ThroughputRow[] {
    const t = at.getTime();
    const bucket = Math.floor(t / THROUGHPUT_BUCKET_MS) * THROUGHPUT_BUCKET_MS;
    const written = new Map<string, bigint>();
    const read = new Set<string>();
    for (const r of readings) {
      if (r.endOffset === null) continue;
      read.add(r.topic);
      const key = `${r.topic}\u0000${r.partition}`;
      const prev = this.last.get(key);
      // A falling end offset is a recreated topic: nothing written that can be counted.
      if (prev && t > prev.at && t - prev.at <= this.opts.maxSpanMs && r.endOffset > prev.endOffset) {
        written.set(r.topic, (written.get(r.topic) ?? 0n) + (r.endOffset - prev.endOffset));
      }
      this.last.set(key, { at: t, endOffset: r.endOffset });
    }
    for (const p of leaderless) read.add(p.topic);
    for (const topic of read) {
      const prevAt = this.topicAt.get(topic);
      this.topicAt.set(topic, t);
      if (prevAt === undefined || t <= prevAt || t - prevAt > this.opts.maxSpanMs) continue;
      const key = `${topic}\u0000${bucket}`;
      const row = this.pending.get(key) ?? { topic, bucket: new Date(bucket), messages: 0n, seconds: 0 };
      row.messages += written.get(topic) ?? 0n;
      row.seconds += (t - prevAt) / 1000;
      this.pending.set(key, row);
    }
    this.forget(t);
    return this.flush(t, bucket);
  }

  private flush(t: number, bucket: number): ThroughputRow[] {
    if (this.flushedAt === null) this.flushedAt = t;
    let closed = false;
    for (const row of this.pending.values()) if (row.bucket.getTime() < bucket) closed = true;
    if (!closed && t - this.flushedAt < this.opts.flushEveryMs) return [];
    this.flushedAt = t;
    const rows = [...this.pending.values()];
    this.pending = new Map();
    return rows;
  }

  /** Partitions and topics not read for longer than a countable span can no longer count. */
  private forget(t: number): void {
    const before = t - this.opts.maxSpanMs;
    for (const [key, l] of this.last) if (l.at < before) this.last.delete(key);
    for (const [topic, at] of this.topicAt) if (at < before) this.topicAt.delete(topic);
  }
}
