import type { PartitionOffsets } from '@/lib/model/observation';
import { partitionFlags } from './partition-flags';
import type { ClusterState } from './types';

export interface TopicCounts {
  offline: number;
  underReplicated: number;
  underMinIsr: number;
  /** Retained messages (sum of end − start); null when no partition's offsets are known. */
  messages: bigint | null;
}

/** Per-topic flag counts, computed once per poll so reads never aggregate partitions. */
export function topicCounts(state: ClusterState, offsets: PartitionOffsets[] | null): Map<string, TopicCounts> {
  const live = new Set(state.brokers.filter((b) => b.up).map((b) => b.id));
  const byPartition = new Map((offsets ?? []).map((o) => [`${o.topic}\u0000${o.partition}`, o]));
  const out = new Map<string, TopicCounts>();
  for (const t of state.topics) {
    const c: TopicCounts = { offline: 0, underReplicated: 0, underMinIsr: 0, messages: null };
    for (const p of t.partitions) {
      const f = partitionFlags(p, t.minIsr, live);
      c.offline += f.offline ? 1 : 0;
      c.underReplicated += f.underReplicated ? 1 : 0;
      c.underMinIsr += f.underMinIsr ? 1 : 0;
      const o = byPartition.get(`${p.topic}\u0000${p.partition}`);
      if (o?.startOffset != null && o.endOffset != null) c.messages = (c.messages ?? 0n) + (o.endOffset - o.startOffset);
    }
    out.set(t.name, c);
  }
  return out;
}

/** Leaders and replicas per broker. */
export function brokerCounts(state: ClusterState): Map<number, { leaders: number; replicas: number }> {
  const out = new Map<number, { leaders: number; replicas: number }>();
  const get = (id: number) => out.get(id) ?? out.set(id, { leaders: 0, replicas: 0 }).get(id)!;
  for (const t of state.topics) {
    for (const p of t.partitions) {
      for (const r of p.replicas) get(r).replicas++;
      if (p.leader >= 0) get(p.leader).leaders++;
    }
  }
  return out;
}
