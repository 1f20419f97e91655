// A generated cluster for what does not need Kafka: metadata, offsets and groups of any size, and
// how they move from one poll to the next (offsets advance, a few ISRs shrink and expand, a few
// leaders move, a few groups rebalance, groups commit). Deterministic (a seeded generator), so runs
// compare; `changes` says what the last `advance()` did, so a test can check what analysis saw.
import type { ClusterSource, TopicConfigRead } from '@/lib/collector/source';
import type { ClusterMetadata, PartitionOffsets, QuorumInfo } from '@/lib/model/observation';
import type { GroupInfo } from '@/lib/model/poll';
import type { TopicConfigs } from '@/lib/model/stored';

export interface SyntheticSize {
  topics: number;
  partitionsPerTopic: number;
  brokers: number;
  groups: number;
  /** Topics each group reads. */
  topicsPerGroup: number;
  /** Share of partitions written to between two polls (default 1: every end offset moves). */
  writtenShare?: number;
}

/** About `partitions` partitions (10 per topic) and `groups` groups reading 2 topics each, on 6 brokers. */
export function sizeFor(partitions: number, groups: number): SyntheticSize {
  return { topics: Math.max(1, Math.round(partitions / 10)), partitionsPerTopic: 10, brokers: 6, groups, topicsPerGroup: 2 };
}

export interface PartitionRef {
  topic: string;
  partition: number;
}

/** What the last `advance()` changed (besides offsets and commits, which move everywhere). */
export interface SyntheticChanges {
  isrShrunk: PartitionRef[];
  isrExpanded: PartitionRef[];
  leaderMoved: (PartitionRef & { from: number; to: number })[];
  groupStateChanged: { groupId: string; from: string; to: string }[];
}

/** Per poll: share of partitions whose ISR flips, whose leader moves; share of groups that rebalance or settle. */
const ISR_FLIP = 0.001;
const LEADER_MOVE = 0.0005;
const GROUP_FLIP = 0.005;

/** mulberry32: small, fast and good enough to shuffle a benchmark. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bigRandom = (random: () => number, below: number) => BigInt(Math.floor(random() * below));

export class SyntheticCluster implements ClusterSource {
  private poll = 0;
  private readonly random = rng(42);
  private readonly meta: ClusterMetadata;
  private readonly ends: bigint[];
  private readonly committed: bigint[][];
  private readonly groupTopics: number[][];
  private readonly groupStates: string[];
  changes: SyntheticChanges = { isrShrunk: [], isrExpanded: [], leaderMoved: [], groupStateChanged: [] };

  constructor(readonly size: SyntheticSize) {
    if (size.brokers < 3) throw new Error('a synthetic cluster needs 3 brokers at least (RF 3)');
    const brokers = Array.from({ length: size.brokers }, (_, i) => ({ id: i + 1, host: `broker-${i + 1}`, port: 9092, rack: `r${(i % 3) + 1}` }));
    this.meta = {
      clusterId: 'synthetic',
      metadataControllerId: 1,
      brokers,
      topics: Array.from({ length: size.topics }, (_, t) => ({
        name: this.topicName(t),
        topicId: null,
        internal: false,
        errorCode: 0,
        partitions: Array.from({ length: size.partitionsPerTopic }, (_, p) => {
          const replicas = [0, 1, 2].map((k) => ((t + p + k) % size.brokers) + 1);
          return { partition: p, leader: replicas[0]!, leaderEpoch: 0, replicas, isr: [...replicas], offlineReplicas: [], errorCode: 0 };
        }),
      })),
    };
    this.ends = Array.from({ length: size.topics * size.partitionsPerTopic }, () => bigRandom(this.random, 1_000_000) + 1000n);
    this.groupTopics = Array.from({ length: size.groups }, (_, g) => Array.from({ length: Math.min(size.topicsPerGroup, size.topics) }, (_, k) => (g * size.topicsPerGroup + k) % size.topics));
    this.committed = this.groupTopics.map((ts) => ts.flatMap((t) => Array.from({ length: size.partitionsPerTopic }, (_, p) => this.ends[t * size.partitionsPerTopic + p]! - bigRandom(this.random, 1000))));
    this.groupStates = this.groupTopics.map(() => 'Stable');
  }

  topicName(t: number): string {
    return `topic-${String(t).padStart(6, '0')}`;
  }

  groupName(g: number): string {
    return `group-${String(g).padStart(5, '0')}`;
  }

  get partitions(): number {
    return this.ends.length;
  }

  /** What a group's total lag must come to: the sum of end offset − committed over its partitions. */
  expectedLag(groupId: string): bigint | undefined {
    const g = Number(groupId.slice('group-'.length));
    const ts = this.groupTopics[g];
    if (!ts || groupId !== this.groupName(g)) return undefined;
    const n = this.size.partitionsPerTopic;
    let sum = 0n;
    ts.forEach((t, k) => {
      for (let p = 0; p < n; p++) sum += this.ends[t * n + p]! - this.committed[g]![k * n + p]!;
    });
    return sum;
  }

  /**
   * The next poll's cluster: end offsets advance, 0.1 % of ISRs shrink (3 → 2, the leader stays)
   * or expand back, 0.05 % of leaders move within a full ISR, 0.5 % of groups rebalance or settle,
   * groups commit (never past the end offset).
   */
  advance(): void {
    this.poll += 1;
    const changes: SyntheticChanges = { isrShrunk: [], isrExpanded: [], leaderMoved: [], groupStateChanged: [] };
    // Partitions are written to by index: the first `writtenShare` of each hundred.
    const written = Math.round((this.size.writtenShare ?? 1) * 100);
    for (let i = 0; i < this.ends.length; i++) if (i % 100 < written) this.ends[i]! += bigRandom(this.random, 50);
    for (const t of this.meta.topics) {
      for (const p of t.partitions) {
        const at = { topic: t.name, partition: p.partition };
        if (this.random() < ISR_FLIP) {
          // The two that stay are the leader and one follower: the leader never leaves its own ISR.
          const full = p.isr.length === p.replicas.length;
          p.isr = full ? [p.leader, p.replicas.find((r) => r !== p.leader)!] : [...p.replicas];
          (full ? changes.isrShrunk : changes.isrExpanded).push(at);
        } else if (p.isr.length === p.replicas.length && this.random() < LEADER_MOVE) {
          const to = p.replicas.find((r) => r !== p.leader)!;
          changes.leaderMoved.push({ ...at, from: p.leader, to });
          p.leader = to;
          p.leaderEpoch = (p.leaderEpoch ?? 0) + 1;
        }
      }
    }
    const n = this.size.partitionsPerTopic;
    this.committed.forEach((c, g) => {
      const ts = this.groupTopics[g]!;
      for (let i = 0; i < c.length; i++) {
        const end = this.ends[ts[Math.floor(i / n)]! * n + (i % n)]!;
        const next = c[i]! + bigRandom(this.random, 60);
        c[i] = next > end ? end : next;
      }
      if (this.random() < GROUP_FLIP) {
        const from = this.groupStates[g]!;
        const to = from === 'Stable' ? 'PreparingRebalance' : 'Stable';
        this.groupStates[g] = to;
        changes.groupStateChanged.push({ groupId: this.groupName(g), from, to });
      }
    });
    this.changes = changes;
  }

  async fetchMetadata(): Promise<ClusterMetadata> {
    return structuredClone(this.meta);
  }

  async describeQuorum(): Promise<QuorumInfo> {
    const now = Date.now();
    const voters = [1, 2, 3].map((replicaId) => ({ replicaId, directoryId: null, logEndOffset: BigInt(this.poll * 100), lastFetchTimestamp: now, lastCaughtUpTimestamp: now }));
    return { leaderId: 1, leaderEpoch: 1, highWatermark: BigInt(this.poll * 100), voters, observers: [] };
  }

  async listOffsets(meta: ClusterMetadata): Promise<PartitionOffsets[]> {
    const n = this.size.partitionsPerTopic;
    const index = new Map(this.meta.topics.map((t, i) => [t.name, i]));
    return meta.topics.flatMap((t) => {
      const ti = index.get(t.name) ?? -1;
      return t.partitions.map((p) => ({ topic: t.name, partition: p.partition, startOffset: 0n, endOffset: ti < 0 ? null : this.ends[ti * n + p.partition]!, errorCode: 0, leaderEpoch: p.leaderEpoch }));
    });
  }

  async topicConfigs(topics: string[]): Promise<TopicConfigRead> {
    const c: TopicConfigs = { minInsyncReplicas: 2, retentionMs: '604800000', cleanupPolicy: 'delete', uncleanLeaderElection: false, overridden: [] };
    return { configs: new Map(topics.map((t) => [t, c])), entries: null };
  }

  async groups(): Promise<GroupInfo[]> {
    const n = this.size.partitionsPerTopic;
    return this.groupTopics.map((ts, g) => ({
      groupId: this.groupName(g),
      state: this.groupStates[g]!,
      protocolType: 'consumer',
      protocol: 'range',
      members: [{ memberId: `m-${g}`, clientId: `app-${g % 50}`, clientHost: '/10.0.0.1', assignment: ts.map((t) => ({ topic: this.meta.topics[t]!.name, partitions: Array.from({ length: n }, (_, p) => p) })) }],
      offsets: ts.flatMap((t, k) => Array.from({ length: n }, (_, p) => ({ topic: this.meta.topics[t]!.name, partition: p, offset: this.committed[g]![k * n + p]! }))),
      groupType: 'classic',
      coordinatorId: (g % this.size.brokers) + 1,
    }));
  }

  async close(): Promise<void> {}
}
