/** End-offset samples of one topic, all partitions, any order. */
export interface OffsetPoint {
  partition: number;
  at: Date;
  endOffset: bigint;
}

export interface RatePoint {
  at: string;
  messagesPerSecond: number;
}

/**
 * Messages/s per poll time, summed over partitions, from end-offset deltas. A decreasing offset
 * (topic deleted and recreated) contributes nothing rather than a negative rate; a partition
 * without a previous sample (new, or after a gap) starts contributing at its next sample.
 */
export function throughput(points: OffsetPoint[]): RatePoint[] {
  const byPartition = new Map<number, OffsetPoint[]>();
  for (const p of points) {
    const list = byPartition.get(p.partition) ?? [];
    list.push(p);
    byPartition.set(p.partition, list);
  }
  const byTime = new Map<number, number>();
  for (const list of byPartition.values()) {
    list.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      const dt = (cur.at.getTime() - prev.at.getTime()) / 1000;
      if (dt <= 0) continue;
      const delta = cur.endOffset - prev.endOffset;
      const rate = delta > 0n ? Number(delta) / dt : 0;
      byTime.set(cur.at.getTime(), (byTime.get(cur.at.getTime()) ?? 0) + rate);
    }
  }
  return [...byTime.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([t, r]) => ({ at: new Date(t).toISOString(), messagesPerSecond: Math.round(r * 100) / 100 }));
}

/** When the end offset last moved (the last write), or null if it never moved in the samples. */
export function lastWrite(points: OffsetPoint[]): string | null {
  const sorted = [...points].sort((a, b) => a.at.getTime() - b.at.getTime());
  const last = new Map<number, bigint>();
  let at: Date | null = null;
  for (const p of sorted) {
    const prev = last.get(p.partition);
    if (prev !== undefined && p.endOffset > prev) at = p.at;
    last.set(p.partition, p.endOffset);
  }
  return at ? at.toISOString() : null;
}
