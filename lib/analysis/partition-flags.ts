import type { PartitionState } from './types';

// Same definitions as Kafka's TopicCommand, so our lists equal kafka-topics' lists.

export function isOffline(p: PartitionState, liveBrokers?: ReadonlySet<number>): boolean {
  return p.leader < 0 || (liveBrokers !== undefined && !liveBrokers.has(p.leader));
}

export function isUnderReplicated(p: PartitionState): boolean {
  return p.isr.length < p.replicas.length;
}

export function isUnderMinIsr(p: PartitionState, minIsr: number | null): boolean {
  return p.leader < 0 || (minIsr !== null && p.isr.length < minIsr);
}

export interface PartitionFlags {
  offline: boolean;
  underReplicated: boolean;
  underMinIsr: boolean;
}

export function partitionFlags(
  p: PartitionState,
  minIsr: number | null,
  liveBrokers?: ReadonlySet<number>,
): PartitionFlags {
  return {
    offline: isOffline(p, liveBrokers),
    underReplicated: isUnderReplicated(p),
    underMinIsr: isUnderMinIsr(p, minIsr),
  };
}
