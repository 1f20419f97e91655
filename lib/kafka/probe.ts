// KafkaProbe: the read-only cluster calls the collector needs, tolerant of dead brokers.
import { BrokerConnections, KafkaAuthError, KafkaSecurityError, parseAddress, type KafkaConnectOptions } from './connection';
import type { ApiVersionMap } from './internals';
import { DESCRIBE_CONFIGS_KEY, DESCRIBE_CONFIGS_VERSIONS, describeConfigsRequest } from './describe-configs';
import { GroupsClient, type GroupRef } from './groups';
import { DESCRIBE_LOG_DIRS_KEY, DESCRIBE_LOG_DIRS_VERSIONS, describeLogDirsRequest } from './log-dirs';
import { METADATA_KEY, METADATA_VERSIONS, metadataRequest } from './metadata';
import { listOffsets } from './offsets';
import { peekRecords } from './peek';
import type { PeekOptions, PeekResult, PeekWanted } from './peek-types';
import { DESCRIBE_QUORUM_KEY, DESCRIBE_QUORUM_VERSIONS, describeQuorumRequest } from './quorum';
import { describeBrokerConfigsRequest } from './broker-configs';
import { describeAllPages } from './partition-pages';
import {
  DEFAULT_PARTITION_LIMIT,
  DESCRIBE_TOPIC_PARTITIONS_KEY,
  DESCRIBE_TOPIC_PARTITIONS_VERSIONS,
  describeTopicPartitionsRequest,
} from './topic-partitions';
import type {
  BrokerConfigResult,
  BrokerInfo,
  BrokerLogDirs,
  ClusterMetadata,
  CoordinatorLookup,
  GroupDescription,
  GroupOffsets,
  ListGroupsResult,
  PartitionOffsets,
  QuorumInfo,
  TopicConfigResult,
  TopicPartitionsDescription,
} from './types';
import { KafkaResponseError, pickVersion } from './wire';

const CONFIG_BATCH = 200;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class KafkaProbe {
  private readonly conns: BrokerConnections;
  private readonly bootstrap: string[];
  /** Broker addresses by id, from the last metadata answer. */
  private known = new Map<number, string>();
  private brokers: BrokerInfo[] = [];
  private topicNames = new Map<string, string>();
  private lastGood: string | null = null;
  private closed = false;
  private readonly groups: GroupsClient;

  constructor(opts: KafkaConnectOptions) {
    if (!opts.brokers.length) throw new Error('no bootstrap brokers given');
    opts.brokers.forEach(parseAddress);
    this.bootstrap = [...opts.brokers];
    this.conns = new BrokerConnections(opts);
    this.groups = new GroupsClient(this.conns, (call) => this.anyBroker(call), (id) => this.topicNames.get(id));
  }

  /** All topics and brokers; partitions without a leader are returned, not thrown. */
  async fetchMetadata(): Promise<ClusterMetadata> {
    const meta = await this.anyBroker((a) =>
      this.conns.send(a, (v) => metadataRequest(pickVersion(v, METADATA_KEY, 'Metadata', ...METADATA_VERSIONS))),
    );
    this.learn(meta);
    return meta;
  }

  /** The KRaft quorum of __cluster_metadata-0, as seen by the active controller. */
  describeQuorum(): Promise<QuorumInfo> {
    return this.anyBroker((a) =>
      this.conns.send(a, (v) =>
        describeQuorumRequest(pickVersion(v, DESCRIBE_QUORUM_KEY, 'DescribeQuorum', ...DESCRIBE_QUORUM_VERSIONS)),
      ),
    );
  }

  /**
   * Partitions with their eligible leader replicas (KIP-966) — of `topics`, or of every topic when
   * none are given — following the broker's paging cursor; each page goes to any live broker.
   */
  describeTopicPartitions(topics: readonly string[] = [], opts: { partitionLimit?: number } = {}): Promise<TopicPartitionsDescription[]> {
    this.assertOpen();
    const limit = opts.partitionLimit ?? DEFAULT_PARTITION_LIMIT;
    return describeAllPages((cursor) =>
      this.anyBroker((a) =>
        this.conns.send(a, (v) =>
          describeTopicPartitionsRequest(
            pickVersion(v, DESCRIBE_TOPIC_PARTITIONS_KEY, 'DescribeTopicPartitions', ...DESCRIBE_TOPIC_PARTITIONS_VERSIONS),
            topics,
            limit,
            cursor,
          ),
        ),
      ),
    );
  }

  /** Log directories of one broker, asked directly. */
  async describeLogDirs(brokerId: number): Promise<BrokerLogDirs> {
    this.assertOpen();
    if (!this.known.has(brokerId)) await this.fetchMetadata();
    const address = this.known.get(brokerId);
    if (!address) throw new Error(`broker ${brokerId} is not in the cluster metadata`);
    try {
      const dirs = await this.conns.send(address, (v) =>
        describeLogDirsRequest(pickVersion(v, DESCRIBE_LOG_DIRS_KEY, 'DescribeLogDirs', ...DESCRIBE_LOG_DIRS_VERSIONS)),
      );
      return { brokerId, dirs };
    } catch (e) {
      if (e instanceof Error) e.message = `describeLogDirs of broker ${brokerId} failed: ${e.message}`;
      throw e;
    }
  }

  /** Earliest and latest offset of every partition in `meta`; failures become nulls + errorCode. */
  listOffsets(meta: ClusterMetadata): Promise<PartitionOffsets[]> {
    this.assertOpen();
    this.learn(meta);
    return listOffsets(this.conns, meta);
  }

  /**
   * The first record at or after each wanted offset (for lag in seconds), one small Fetch per
   * leader in `meta`; one result per wanted entry, failures included, never throws.
   */
  peekRecords(meta: ClusterMetadata, wanted: readonly PeekWanted[], opts?: PeekOptions): Promise<PeekResult[]> {
    this.assertOpen();
    this.learn(meta);
    return peekRecords(this.conns, meta, wanted, opts);
  }

  /** ListGroups to every broker (default: those of the last metadata); throws only if none answered. */
  async listGroups(brokers?: readonly BrokerInfo[]): Promise<ListGroupsResult> {
    this.assertOpen();
    if (!brokers && this.brokers.length === 0) await this.fetchMetadata();
    return this.groups.listGroups(brokers ?? this.brokers);
  }

  /** Coordinators of the groups, cached until one says it no longer is. */
  findCoordinators(groupIds: readonly string[]): Promise<Map<string, CoordinatorLookup>> {
    this.assertOpen();
    return this.groups.coordinators.find(groupIds);
  }

  /** Members and assignments; a group that cannot be described comes back with `error`. */
  describeGroups(groups: readonly (GroupRef | string)[]): Promise<GroupDescription[]> {
    this.assertOpen();
    return this.groups.describeGroups(groups.map((g) => (typeof g === 'string' ? { groupId: g } : g)));
  }

  /** Committed offsets per group; group-level failures come back as `error`. */
  fetchCommittedOffsets(groupIds: readonly string[]): Promise<GroupOffsets[]> {
    this.assertOpen();
    return this.groups.fetchCommittedOffsets(groupIds);
  }

  /** Effective topic configs (`keys` only, or all), ~200 topics per request to any live broker, in parallel. */
  async describeTopicConfigs(
    topics: readonly string[],
    keys: readonly string[] | null = null,
    opts: { synonyms?: boolean } = {},
  ): Promise<TopicConfigResult[]> {
    this.assertOpen();
    const batches = Array.from({ length: Math.ceil(topics.length / CONFIG_BATCH) }, (_, i) =>
      topics.slice(i * CONFIG_BATCH, (i + 1) * CONFIG_BATCH),
    );
    const results = await Promise.allSettled(
      batches.map((batch) =>
        this.anyBroker((a) =>
          this.conns.send(a, (v) =>
            describeConfigsRequest(
              pickVersion(v, DESCRIBE_CONFIGS_KEY, 'DescribeConfigs', ...DESCRIBE_CONFIGS_VERSIONS),
              batch,
              keys,
              opts.synonyms ?? false,
            ),
          ),
        ),
      ),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed && results.every((r) => r.status === 'rejected')) throw failed.reason;
    return results.flatMap((r, i) =>
      r.status === 'fulfilled' ? r.value : (batches[i] ?? []).map((topic) => ({ topic, entries: [], error: message(r.reason) })),
    );
  }

  /**
   * Every config of one broker, asked of that broker itself (only it knows its static configs), or
   * with `brokerId` null the cluster-wide dynamic broker defaults, from any broker.
   */
  async describeBrokerConfigs(brokerId: number | null, opts: { synonyms?: boolean } = {}): Promise<BrokerConfigResult> {
    this.assertOpen();
    const build = (v: ApiVersionMap | null) =>
      describeBrokerConfigsRequest(pickVersion(v, DESCRIBE_CONFIGS_KEY, 'DescribeConfigs', ...DESCRIBE_CONFIGS_VERSIONS), brokerId, opts.synonyms ?? false);
    if (brokerId === null) return this.anyBroker((a) => this.conns.send(a, build));
    if (!this.known.has(brokerId)) await this.fetchMetadata();
    const address = this.known.get(brokerId);
    if (!address) throw new Error(`broker ${brokerId} is not in the cluster metadata`);
    try {
      return await this.conns.send(address, build);
    } catch (e) {
      if (e instanceof Error) e.message = `describeBrokerConfigs of broker ${brokerId} failed: ${e.message}`;
      throw e;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.conns.closeAll();
  }

  private learn(meta: ClusterMetadata): void {
    if (meta.brokers.length) {
      this.brokers = meta.brokers;
      this.known = new Map(meta.brokers.map((b) => [b.id, `${b.host}:${b.port}`]));
    }
    this.topicNames = new Map(meta.topics.flatMap((t) => (t.topicId ? [[t.topicId, t.name] as const] : [])));
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('KafkaProbe is closed');
  }

  /** Tries the last broker that answered, then known brokers, then bootstrap ones, in turn. */
  private async anyBroker<T>(call: (address: string) => Promise<T>): Promise<T> {
    this.assertOpen();
    const order = [...new Set([this.lastGood, ...this.known.values(), ...this.bootstrap])].filter(
      (a): a is string => a !== null,
    );
    const problems: string[] = [];
    for (const address of order) {
      try {
        const result = await call(address);
        this.lastGood = address;
        return result;
      } catch (e) {
        // A broker that answered with an error, refused our credentials or our TLS, speaks for all of them.
        if (e instanceof KafkaResponseError || e instanceof KafkaAuthError || e instanceof KafkaSecurityError) throw e;
        problems.push(e instanceof Error ? e.message : String(e));
      }
    }
    throw new Error(`cannot reach any broker of ${order.join(',')}: ${[...new Set(problems)].join('; ')}`);
  }
}
