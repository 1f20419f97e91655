// Which end offsets of a poll become history rows. One row per partition per poll was most of
// the history at scale (10,000 partitions every 5 s: 20 GB a day, bench/README.md), yet an idle
// partition's row says nothing new. A partition's end offset is stored when it moved, once a
// heartbeat while it does not (so an idle topic still charts 0 messages/s, not a gap), and, when
// it moves after a quiet spell, together with the last poll that still saw the old offset: the
// rate is then computed over the poll interval in which the writes happened, never spread over
// the quiet spell before it.

export interface EndOffsetReading {
  topic: string;
  partition: number;
  /** null when this poll could not read it (no row: a gap, as before). */
  endOffset: bigint | null;
}

export interface OffsetSampleRow {
  topic: string;
  partition: number;
  at: Date;
  endOffset: bigint;
}

interface Kept {
  /** The last stored row. */
  at: number;
  endOffset: bigint;
  /** The newest poll since then that saw the same offset and was not stored. */
  skipped: number | null;
}

/** A partition not read for this long (deleted, or leaderless) is forgotten: stored at once when read again. */
const FORGET_AFTER_HEARTBEATS = 10;

export class EndOffsetSampler {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly heartbeatMs: number) {}

  /** The rows to store for a poll at `at` (an edge row carries the earlier time of its poll). */
  select(at: Date, readings: readonly EndOffsetReading[]): OffsetSampleRow[] {
    const t = at.getTime();
    const rows: OffsetSampleRow[] = [];
    for (const r of readings) {
      if (r.endOffset === null) continue;
      const key = `${r.topic}\u0000${r.partition}`;
      const k = this.kept.get(key);
      if (k && k.endOffset === r.endOffset && t > k.at && t - k.at < this.heartbeatMs) {
        k.skipped = t;
        continue;
      }
      // Moved after polls that were not stored: the last of them too, so that the rate covers
      // the interval the writes fell in. (A poll that could not read it in between changes
      // nothing: the old offset was still the newest known.)
      if (k && k.skipped !== null && k.endOffset !== r.endOffset) rows.push({ topic: r.topic, partition: r.partition, at: new Date(k.skipped), endOffset: k.endOffset });
      rows.push({ topic: r.topic, partition: r.partition, at, endOffset: r.endOffset });
      this.kept.set(key, { at: t, endOffset: r.endOffset, skipped: null });
    }
    const forget = t - FORGET_AFTER_HEARTBEATS * this.heartbeatMs;
    for (const [key, k] of this.kept) if (Math.max(k.at, k.skipped ?? 0) < forget) this.kept.delete(key);
    return rows;
  }
}
