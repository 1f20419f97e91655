// What the finding rules look at: the latest state of one cluster, gathered by the collector
// after each poll. Anything not known yet is null, and a rule that needs it says nothing.
import type { LagStatus } from '@/lib/model/lag';
import type { QuorumInfo } from '@/lib/model/observation';

export interface FindingBroker {
  id: number;
  host: string;
  port: number;
  rack: string | null;
  up: boolean;
}

export interface FindingPartition {
  partition: number;
  /** -1 = no leader. */
  leader: number;
  replicas: number[];
  isr: number[];
  /** Eligible leader replicas (KIP-966); null when not read. */
  elr: number[] | null;
  startOffset: bigint | null;
  endOffset: bigint | null;
}

/** The topic configs the rules use (effective values); null fields were not read. */
export interface FindingTopicConfig {
  minInsyncReplicas: number | null;
  uncleanLeaderElection: boolean | null;
  retentionMs: number | null;
  cleanupPolicy: string | null;
  /** Keys set on the topic itself. */
  overridden: string[];
}

export interface FindingTopic {
  name: string;
  internal: boolean;
  partitions: FindingPartition[];
  /** null until the topic's configs have been read. */
  config: FindingTopicConfig | null;
  firstSeenAt: number;
  /** Last time an end offset of it moved, as far as Kafkascope saw; null = none seen. */
  lastWriteAt: number | null;
}

export interface BrokerConfigValue {
  value: string | null;
  source: string;
  readOnly: boolean;
}

export interface FindingGroupPartition {
  topic: string;
  partition: number;
  committed: bigint | null;
  lagSeconds: number | null;
}

export interface FindingGroup {
  groupId: string;
  state: string;
  members: number;
  /** Partitions assigned to its members (0 for a group without members). */
  assigned: number;
  status: LagStatus | null;
  reason: string | null;
  partitions: FindingGroupPartition[];
}

export interface FindingSettings {
  /** A topic with no write and no reader for this long is unused. */
  unusedAfterMs: number;
  /** Warn when a consumer's oldest unread message is this share of the way to retention.ms. */
  retentionWarnShare: number;
  /** A voter whose log end offset is this far behind the leader's, or that has not fetched for fetchTimeoutMs, is lagging. */
  quorumLagRecords: number;
  quorumFetchTimeoutMs: number;
}

export const DEFAULT_FINDING_SETTINGS: FindingSettings = {
  unusedAfterMs: 24 * 3600_000,
  retentionWarnShare: 0.8,
  quorumLagRecords: 1000,
  quorumFetchTimeoutMs: 10_000,
};

export interface FindingInput {
  /** The cluster's bootstrap, as the fix commands use it. */
  bootstrap: string;
  now: number;
  brokers: FindingBroker[];
  topics: FindingTopic[];
  /** One broker's effective configs (the broker-level defaults); null until read. */
  brokerConfig: Record<string, BrokerConfigValue> | null;
  /** null until consumer groups have been read. */
  groups: FindingGroup[] | null;
  quorum: QuorumInfo | null;
  settings: FindingSettings;
}
