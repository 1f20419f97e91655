import type { Admin, ITopicConfig } from 'kafkajs';

/**
 * The demo's topics. account_event reproduces the incident in DESIGN.md: auto-created-style
 * RF=1, one partition, on broker 1 — a single point of failure.
 */
export const DEMO_TOPICS: ITopicConfig[] = [
  { topic: 'account_event', replicaAssignment: [{ partition: 0, replicas: [1] }] },
  { topic: 'orders', numPartitions: 6, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] },
  { topic: 'payments', numPartitions: 3, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] },
  { topic: 'audit_log', numPartitions: 3, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '3' }] },
];

/** Creates the demo topics that do not exist yet (idempotent across demo runs). */
export async function ensureDemoTopics(admin: Admin, topics = DEMO_TOPICS): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((t) => !existing.has(t.topic));
  if (missing.length > 0) await admin.createTopics({ topics: missing, waitForLeaders: true });
  return missing.map((t) => t.topic);
}
