import type { BrokerState, ClusterState, GroupState, TopicState } from '@/lib/analysis/types';
import type { PollResult } from './poll';

/**
 * The cluster as this poll saw it, filling in what the poll could not see from `prev`:
 * brokers seen before but missing now are down; a failed quorum read keeps the last controller;
 * configs not refreshed keep the last min ISR.
 */
export function stateFromPoll(prev: ClusterState | null, poll: PollResult): ClusterState {
  const meta = poll.metadata;
  if (!meta) {
    return prev
      ? { ...prev, reachable: false }
      : { reachable: false, controllerId: null, brokers: [], topics: [], groups: null };
  }
  const live = new Map(meta.brokers.map((b) => [b.id, b]));
  const brokers: BrokerState[] = meta.brokers.map((b) => ({ ...b, up: true }));
  for (const b of prev?.brokers ?? []) {
    if (!live.has(b.id)) brokers.push({ ...b, up: false });
  }
  brokers.sort((a, b) => a.id - b.id);

  const prevTopics = new Map((prev?.topics ?? []).map((t) => [t.name, t]));
  const topics: TopicState[] = meta.topics.map((t) => {
    const cfg = poll.configs?.get(t.name);
    const minIsr = cfg ? cfg.minInsyncReplicas : (prevTopics.get(t.name)?.minIsr ?? null);
    return {
      name: t.name,
      internal: t.internal,
      minIsr,
      partitions: t.partitions
        .map((p) => ({
          topic: t.name,
          partition: p.partition,
          leader: p.leader,
          replicas: p.replicas,
          isr: p.isr,
          offlineReplicas: p.offlineReplicas,
        }))
        .sort((a, b) => a.partition - b.partition),
    };
  });
  topics.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  return {
    reachable: true,
    controllerId: poll.quorum ? poll.quorum.leaderId : (prev?.controllerId ?? null),
    brokers,
    topics,
    groups: poll.groups ? groupStates(prev, poll) : (prev?.groups ?? null),
  };
}

/** A group that could not be described this time keeps its last known state (no false change). */
function groupStates(prev: ClusterState | null, poll: PollResult): GroupState[] {
  const before = new Map((prev?.groups ?? []).map((g) => [g.groupId, g]));
  const out: GroupState[] = [];
  for (const g of poll.groups ?? []) {
    if (!g.error) out.push({ groupId: g.groupId, state: g.state });
    else {
      const last = before.get(g.groupId);
      if (last) out.push(last);
    }
  }
  return out;
}
