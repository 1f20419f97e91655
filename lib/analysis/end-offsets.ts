// End offsets as facts: a partition's log end offset only moves forward while its topic lives.
// A lower reading comes from a stale or freshly elected leader whose high watermark has not caught
// up yet (seen in leader-change storms); taken at face value it under-reports lag and draws false
// dips. Such a reading is treated as unknown for a few polls; if it persists, the log really was
// truncated (unclean leader election) and it is accepted.

/** ListOffsets' answer for one partition, as far as the guard needs it. */
export interface OffsetReading {
  topic: string;
  partition: number;
  startOffset: bigint | null;
  endOffset: bigint | null;
  errorCode: number;
}

/** Our own error code for a reading set aside as stale (Kafka's codes are >= -1). */
export const STALE_END_OFFSET = -100;
/** Consecutive lower readings after which the lower value is believed. */
export const LOWER_READINGS_BEFORE_TRUNCATION = 3;

interface Seen {
  topicId: string | null;
  end: bigint;
  lower: number;
}

export class EndOffsetGuard {
  private readonly seen = new Map<string, Seen>();

  /** `topicIds` maps topic name → id from the same poll's metadata (a new id is a new log). */
  check<T extends OffsetReading>(offsets: readonly T[], topicIds: ReadonlyMap<string, string | null>): T[] {
    const alive = new Set<string>();
    const out = offsets.map((o) => {
      const key = `${o.topic}\u0000${o.partition}`;
      alive.add(key);
      const topicId = topicIds.get(o.topic) ?? null;
      const was = this.seen.get(key);
      if (o.endOffset === null) return o;
      if (!was || was.topicId !== topicId || o.endOffset >= was.end) {
        this.seen.set(key, { topicId, end: o.endOffset, lower: 0 });
        return o;
      }
      was.lower += 1;
      if (was.lower >= LOWER_READINGS_BEFORE_TRUNCATION) {
        this.seen.set(key, { topicId, end: o.endOffset, lower: 0 });
        return o;
      }
      return { ...o, startOffset: null, endOffset: null, errorCode: STALE_END_OFFSET };
    });
    for (const key of this.seen.keys()) if (!alive.has(key)) this.seen.delete(key);
    return out;
  }
}
