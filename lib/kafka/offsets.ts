// Earliest/latest offsets per partition through our ListOffsets codec (list-offsets.ts), which
// fences stale leaders with the metadata's leader epoch; partition errors never throw.
import type { BrokerConnections } from './connection';
import { KafkaTimeoutError } from './connection';
import { EARLIEST, LATEST, LIST_OFFSETS_KEY, LIST_OFFSETS_VERSIONS, listOffsetsRequest, type ListedOffset, type OffsetQueryTopic } from './list-offsets';
import type { ClusterMetadata, PartitionOffsets } from './types';
import { pickVersion } from './wire';

// Error codes we assign when a leader could not be asked at all.
const LEADER_NOT_AVAILABLE = 5;
const REQUEST_TIMED_OUT = 7;
const NETWORK_EXCEPTION = 13;

type TopicPartitions = OffsetQueryTopic[];

const key = (topic: string, partition: number) => `${topic}\u0000${partition}`;

/** Merges earliest+latest answers into PartitionOffsets; missing answers count as errors. */
export function mergeOffsets(asked: TopicPartitions, earliest: ListedOffset[], latest: ListedOffset[]): PartitionOffsets[] {
  const index = (r: ListedOffset[]) => new Map(r.map((p) => [key(p.topic, p.partition), p] as const));
  const [e, l] = [index(earliest), index(latest)];
  return asked.flatMap(({ topic, partitions }) =>
    partitions.map(({ partition }) => {
      const a = e.get(key(topic, partition));
      const b = l.get(key(topic, partition));
      const errorCode = !a || !b ? NETWORK_EXCEPTION : a.errorCode || b.errorCode;
      return { topic, partition, startOffset: a?.offset ?? null, endOffset: b?.offset ?? null, errorCode, leaderEpoch: b?.leaderEpoch ?? null };
    }),
  );
}

const failed = (asked: TopicPartitions, errorCode: number): PartitionOffsets[] =>
  asked.flatMap(({ topic, partitions }) =>
    partitions.map(({ partition }) => ({ topic, partition, startOffset: null, endOffset: null, errorCode, leaderEpoch: null })),
  );

/** One pair of requests (earliest, latest) per leader, all leaders in parallel, never throws. */
export async function listOffsets(conns: BrokerConnections, meta: ClusterMetadata): Promise<PartitionOffsets[]> {
  const byLeader = new Map<number, TopicPartitions>();
  const out: PartitionOffsets[] = [];
  for (const t of meta.topics) {
    for (const p of t.partitions) {
      if (p.leader < 0) {
        out.push(...failed([{ topic: t.name, partitions: [{ partition: p.partition, currentLeaderEpoch: null }] }], p.errorCode || LEADER_NOT_AVAILABLE));
        continue;
      }
      const list = byLeader.get(p.leader) ?? [];
      byLeader.set(p.leader, list);
      const asked = { partition: p.partition, currentLeaderEpoch: p.leaderEpoch };
      const last = list.at(-1);
      if (last?.topic === t.name) last.partitions.push(asked);
      else list.push({ topic: t.name, partitions: [asked] });
    }
  }
  const results = await Promise.all(
    [...byLeader].map(async ([leader, asked]) => {
      const b = meta.brokers.find((x) => x.id === leader);
      if (!b) return failed(asked, LEADER_NOT_AVAILABLE);
      const address = `${b.host}:${b.port}`;
      const ask = (timestamp: bigint) =>
        conns.send(address, (v) =>
          listOffsetsRequest(pickVersion(v, LIST_OFFSETS_KEY, 'ListOffsets', ...LIST_OFFSETS_VERSIONS), timestamp, asked, conns.requestTimeoutMs),
        );
      try {
        const [earliest, latest] = await Promise.all([ask(EARLIEST), ask(LATEST)]);
        return mergeOffsets(asked, earliest, latest);
      } catch (e) {
        return failed(asked, e instanceof KafkaTimeoutError ? REQUEST_TIMED_OUT : NETWORK_EXCEPTION);
      }
    }),
  );
  return [...out, ...results.flat()].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}
