import type { ClusterMetadata, TopicInfo, TopicPartitionsDescription } from '@/lib/model/observation';

/**
 * Which topics' eligible leader replicas (KIP-966, DescribeTopicPartitions) a poll asks for.
 *
 * Kafka keeps a partition's ELR only while its ISR is below min.insync.replicas, and its last
 * known ELR only while it has no leader: a partition whose ISR is its whole replica set has
 * neither. Asking for all 10,000 partitions of a large cluster on every poll took 1.9 s (the
 * slowest phase but the config reads); so every topic is asked on the polls that refresh configs
 * (and on the first), and in between only the topics that can have one: a partition short of its
 * replicas or without a leader now or in the previous poll (so a recovery is read, not carried),
 * topics not yet described, and topics whose partition count changed. For the others the last
 * description read stands — never older than the last full read.
 */
export class ElrCache {
  private last = new Map<string, TopicPartitionsDescription>();
  private degradedBefore = new Set<string>();
  private complete = false;

  /** 'all', or the topics to ask this poll (possibly none). */
  plan(meta: ClusterMetadata, refresh: boolean): 'all' | string[] {
    if (refresh || !this.complete) return 'all';
    return meta.topics.filter((t) => degraded(t) || this.degradedBefore.has(t.name) || this.last.get(t.name)?.partitions.length !== t.partitions.length).map((t) => t.name);
  }

  /**
   * Every topic of `meta`: the fresh descriptions read this poll, the last ones for the rest.
   * Remembers what was read; topics gone from the metadata are forgotten.
   */
  merge(meta: ClusterMetadata, asked: 'all' | string[], fresh: TopicPartitionsDescription[]): TopicPartitionsDescription[] {
    const read = new Map(fresh.filter((t) => t.errorCode === 0).map((t) => [t.name, t] as const));
    const next = new Map<string, TopicPartitionsDescription>();
    for (const t of meta.topics) {
      const d = read.get(t.name) ?? (asked === 'all' ? undefined : this.last.get(t.name));
      if (d) next.set(t.name, d);
    }
    this.last = next;
    if (asked === 'all') this.complete = true;
    this.degradedBefore = new Set(meta.topics.filter(degraded).map((t) => t.name));
    return [...next.values()];
  }
}

const degraded = (t: TopicInfo) => t.partitions.some((p) => p.leader < 0 || p.isr.length < p.replicas.length);
