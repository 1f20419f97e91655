export interface PartitionLagInput {
  topic: string;
  partition: number;
  /** Log end offset (high watermark); null when the partition's leader could not be read. */
  endOffset: bigint | null;
  /** The group's committed offset (the next offset it will read); null when it never committed. */
  committed: bigint | null;
}

export interface PartitionLag {
  topic: string;
  partition: number;
  endOffset: bigint | null;
  committed: bigint | null;
  /** Messages not yet consumed; null when either side is unknown, never negative. */
  lag: bigint | null;
  hasCommit: boolean;
}

/**
 * Lag of one partition. The end offset and the commit are read by separate requests, so a commit
 * can be newer than the end offset we saw (or outlive a recreated topic): that is clamped to 0
 * rather than reported as negative lag. Kafka's "no offset" marker (-1) counts as no commit.
 */
export function partitionLag(i: PartitionLagInput): PartitionLag {
  const committed = i.committed !== null && i.committed >= 0n ? i.committed : null;
  let lag: bigint | null = null;
  if (committed !== null && i.endOffset !== null) {
    const d = i.endOffset - committed;
    lag = d > 0n ? d : 0n;
  }
  return { topic: i.topic, partition: i.partition, endOffset: i.endOffset, committed, lag, hasCommit: committed !== null };
}

/** Sum of the known lags; partitions with unknown lag are left out rather than counted as 0 or failing. */
export function totalLag(ps: PartitionLag[]): bigint {
  let sum = 0n;
  for (const p of ps) if (p.lag !== null) sum += p.lag;
  return sum;
}
