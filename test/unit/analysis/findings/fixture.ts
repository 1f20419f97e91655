import { DEFAULT_FINDING_SETTINGS, type FindingInput } from '@/lib/analysis/findings';
import type { FindingGroup, FindingPartition, FindingTopic, FindingTopicConfig } from '@/lib/analysis/findings/input';

export const NOW = Date.parse('2026-06-01T12:00:00Z');
export const HOUR = 3600_000;

export const config = (over: Partial<FindingTopicConfig> = {}): FindingTopicConfig => ({
  minInsyncReplicas: 2,
  uncleanLeaderElection: false,
  retentionMs: 7 * 24 * HOUR,
  cleanupPolicy: 'delete',
  overridden: [],
  ...over,
});

/** Partitions placed round-robin over brokers 1..3 (replicas rotate, leader = first, all in sync). */
export function partitions(n: number, rf: number, over: Partial<FindingPartition> = {}): FindingPartition[] {
  return Array.from({ length: n }, (_, p) => {
    const replicas = Array.from({ length: rf }, (_, i) => ((p + i) % 3) + 1);
    return { partition: p, leader: replicas[0]!, replicas, isr: [...replicas], elr: null, startOffset: 0n, endOffset: 100n, ...over };
  });
}

export const topic = (name: string, over: Partial<FindingTopic> = {}): FindingTopic => ({
  name,
  internal: false,
  partitions: partitions(3, 3),
  config: config(),
  firstSeenAt: NOW - 48 * HOUR,
  lastWriteAt: NOW - 60_000,
  ...over,
});

export const group = (groupId: string, over: Partial<FindingGroup> = {}): FindingGroup => ({
  groupId,
  state: 'Stable',
  members: 1,
  assigned: 3,
  status: 'OK',
  reason: 'all partitions OK',
  partitions: [0, 1, 2].map((partition) => ({ topic: 'orders', partition, committed: 90n, lagSeconds: 2 })),
  ...over,
});

export function input(over: Partial<FindingInput> = {}): FindingInput {
  return {
    bootstrap: 'k1:9092',
    now: NOW,
    brokers: [1, 2, 3].map((id) => ({ id, host: `k${id}`, port: 9092, rack: `r${id}`, up: true })),
    topics: [topic('orders')],
    brokerConfig: {
      'auto.create.topics.enable': { value: 'false', source: 'STATIC_BROKER_CONFIG', readOnly: true },
      'default.replication.factor': { value: '3', source: 'STATIC_BROKER_CONFIG', readOnly: true },
      'num.partitions': { value: '3', source: 'STATIC_BROKER_CONFIG', readOnly: true },
      'min.insync.replicas': { value: '2', source: 'DYNAMIC_DEFAULT_BROKER_CONFIG', readOnly: false },
      'unclean.leader.election.enable': { value: 'false', source: 'DEFAULT_CONFIG', readOnly: false },
    },
    groups: [group('billing')],
    quorum: null,
    settings: DEFAULT_FINDING_SETTINGS,
    ...over,
  };
}
