import { brokerEvents } from './broker-events';
import { topicEvents } from './topic-events';
import type { ClusterEvent, ClusterState } from './types';

/**
 * Everything that changed between two observations of a cluster. `prev` is null only the very
 * first time a cluster is seen (nothing to compare with, so nothing is an event yet).
 * An unreachable observation only yields CLUSTER_UNREACHABLE: not seeing brokers is not the same
 * as brokers being down, so their state is left as last known.
 */
export function diffStates(prev: ClusterState | null, curr: ClusterState): ClusterEvent[] {
  if (!prev) return [];
  if (!curr.reachable) {
    return prev.reachable ? [{ type: 'CLUSTER_UNREACHABLE', details: {} }] : [];
  }
  const events: ClusterEvent[] = [];
  if (!prev.reachable) events.push({ type: 'CLUSTER_REACHABLE', details: {} });
  events.push(...brokerEvents(prev, curr));
  events.push(...topicEvents(prev.topics, curr.topics));
  if (prev.groups && curr.groups) events.push(...groupEvents(prev.groups, curr.groups));
  return events;
}

function groupEvents(prev: NonNullable<ClusterState['groups']>, curr: NonNullable<ClusterState['groups']>): ClusterEvent[] {
  const before = new Map(prev.map((g) => [g.groupId, g.state]));
  return curr.flatMap((g): ClusterEvent[] => {
    const from = before.get(g.groupId);
    return from !== undefined && from !== g.state ? [{ type: 'GROUP_STATE_CHANGED', details: { groupId: g.groupId, from, to: g.state } }] : [];
  });
}
