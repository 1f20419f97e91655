import { isUnderMinIsr } from './partition-flags';
import type { ClusterEvent, PartitionState } from './types';

/** Events for one partition present in both snapshots. */
export function partitionEvents(
  prev: PartitionState,
  curr: PartitionState,
  prevMinIsr: number | null,
  currMinIsr: number | null,
): ClusterEvent[] {
  const at = { topic: curr.topic, partition: curr.partition };
  const events: ClusterEvent[] = [];

  if (prev.leader >= 0 && curr.leader < 0) {
    events.push({ type: 'PARTITION_OFFLINE', ...at, details: { lastLeader: prev.leader, replicas: curr.replicas, offlineReplicas: curr.offlineReplicas } });
  } else if (prev.leader < 0 && curr.leader >= 0) {
    events.push({ type: 'PARTITION_ONLINE', ...at, brokerId: curr.leader, details: { leader: curr.leader } });
  } else if (prev.leader !== curr.leader) {
    events.push({ type: 'LEADER_CHANGED', ...at, brokerId: curr.leader, details: { from: prev.leader, to: curr.leader } });
  }

  const left = prev.isr.filter((r) => !curr.isr.includes(r));
  const joined = curr.isr.filter((r) => !prev.isr.includes(r));
  if (left.length > 0) {
    events.push({ type: 'ISR_SHRINK', ...at, brokerId: left[0], details: { removed: left, before: prev.isr, after: curr.isr, replicas: curr.replicas } });
  }
  if (joined.length > 0) {
    events.push({ type: 'ISR_EXPAND', ...at, brokerId: joined[0], details: { added: joined, before: prev.isr, after: curr.isr, replicas: curr.replicas } });
  }

  if (!sameSet(prev.replicas, curr.replicas)) {
    events.push({ type: 'REPLICAS_CHANGED', ...at, details: { before: prev.replicas, after: curr.replicas } });
  }

  const wasUnder = isUnderMinIsr(prev, prevMinIsr);
  const isUnder = isUnderMinIsr(curr, currMinIsr);
  if (!wasUnder && isUnder) {
    events.push({ type: 'UNDER_MIN_ISR', ...at, details: { isr: curr.isr, minIsr: currMinIsr, leader: curr.leader } });
  } else if (wasUnder && !isUnder) {
    events.push({ type: 'MIN_ISR_RESTORED', ...at, details: { isr: curr.isr, minIsr: currMinIsr } });
  }
  return events;
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
