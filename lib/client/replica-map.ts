import type { PartitionRow } from '@/lib/views/topic-detail';

export type ReplicaCell = 'leader' | 'in-sync' | 'eligible' | 'out-of-sync' | 'offline' | 'none';

/**
 * What broker `b` is for partition `p`; a replica on a broker known to be down counts as offline.
 * `eligible`: out of the ISR but an eligible leader replica (KIP-966), so it can be elected cleanly.
 */
export function replicaCell(p: Pick<PartitionRow, 'leader' | 'replicas' | 'isr' | 'offlineReplicas'> & { elr?: number[] | null }, b: number, down: ReadonlySet<number>): ReplicaCell {
  if (!p.replicas.includes(b)) return 'none';
  if (p.offlineReplicas.includes(b) || down.has(b)) return 'offline';
  if (p.leader === b) return 'leader';
  if (p.isr.includes(b)) return 'in-sync';
  return p.elr?.includes(b) ? 'eligible' : 'out-of-sync';
}

/** Columns of the map: every known broker plus any replica id the broker list lacks. */
export function mapColumns(partitions: Pick<PartitionRow, 'replicas'>[], brokers: number[]): number[] {
  const ids = new Set(brokers);
  for (const p of partitions) for (const r of p.replicas) ids.add(r);
  return [...ids].sort((a, b) => a - b);
}

/** Leader share of one broker against an even spread over the brokers that are up. */
export function leaderShare(leaders: number, totalPartitions: number, brokersUp: number): { share: number; fair: number; skewed: boolean } {
  const share = totalPartitions > 0 ? leaders / totalPartitions : 0;
  const fair = brokersUp > 0 ? 1 / brokersUp : 0;
  // "Far more": half again its fair share, and at least a couple of partitions over it.
  const skewed = brokersUp > 1 && share > fair * 1.5 && leaders - fair * totalPartitions >= 2;
  return { share, fair, skewed };
}
