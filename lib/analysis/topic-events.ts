import { partitionEvents } from './partition-events';
import type { ClusterEvent, TopicState } from './types';

export function topicEvents(prevTopics: TopicState[], currTopics: TopicState[]): ClusterEvent[] {
  const before = new Map(prevTopics.map((t) => [t.name, t]));
  const after = new Map(currTopics.map((t) => [t.name, t]));
  const events: ClusterEvent[] = [];
  for (const t of currTopics) {
    const was = before.get(t.name);
    if (!was) {
      events.push({
        type: 'TOPIC_CREATED',
        topic: t.name,
        details: { partitions: t.partitions.length, replicationFactor: t.partitions[0]?.replicas.length ?? 0, internal: t.internal },
      });
      continue;
    }
    if (t.partitions.length > was.partitions.length) {
      events.push({ type: 'PARTITIONS_ADDED', topic: t.name, details: { from: was.partitions.length, to: t.partitions.length } });
    }
    const prevParts = new Map(was.partitions.map((p) => [p.partition, p]));
    for (const p of t.partitions) {
      const pp = prevParts.get(p.partition);
      if (pp) events.push(...partitionEvents(pp, p, was.minIsr, t.minIsr));
    }
  }
  for (const t of prevTopics) {
    if (!after.has(t.name)) events.push({ type: 'TOPIC_DELETED', topic: t.name, details: { partitions: t.partitions.length } });
  }
  return events;
}
