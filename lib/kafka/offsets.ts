// Earliest/latest offsets per partition with kafkajs' own ListOffsets v1-3 encoder and decoder,
// but without its parse step, which throws on the first partition error.
import type { BrokerConnections } from './connection';
import { KafkaTimeoutError } from './connection';
import { requests, type ProtocolRequest } from './internals';
import type { ClusterMetadata, PartitionOffsets } from './types';
import { pickVersion } from './wire';

export const LIST_OFFSETS_KEY = 2;
export const EARLIEST = -2;
export const LATEST = -1;
// Error codes we assign when a leader could not be asked at all.
const LEADER_NOT_AVAILABLE = 5;
const REQUEST_TIMED_OUT = 7;
const NETWORK_EXCEPTION = 13;

interface DecodedListOffsets {
  responses: { topic: string; partitions: { partition: number; errorCode: number; offset: string }[] }[];
}

type TopicPartitions = { topic: string; partitions: number[] }[];

export function listOffsetsRequest(version: number, timestamp: number, topics: TopicPartitions): ProtocolRequest<DecodedListOffsets> {
  const factory = requests.ListOffsets;
  if (!factory) throw new Error('kafkajs has no ListOffsets request');
  const { request, response } = factory.protocol({ version })({
    replicaId: -1,
    isolationLevel: 0, // READ_UNCOMMITTED: latest = high watermark
    topics: topics.map((t) => ({ topic: t.topic, partitions: t.partitions.map((partition) => ({ partition, timestamp })) })),
  });
  return { request, response: { decode: response.decode, parse: async (d) => d as DecodedListOffsets } };
}

const key = (topic: string, partition: number) => `${topic}\u0000${partition}`;

/** Merges earliest+latest answers into PartitionOffsets; missing answers count as errors. */
export function mergeOffsets(asked: TopicPartitions, earliest: DecodedListOffsets, latest: DecodedListOffsets): PartitionOffsets[] {
  const index = (r: DecodedListOffsets) =>
    new Map(r.responses.flatMap((t) => t.partitions.map((p) => [key(t.topic, p.partition), p] as const)));
  const [e, l] = [index(earliest), index(latest)];
  return asked.flatMap(({ topic, partitions }) =>
    partitions.map((partition) => {
      const a = e.get(key(topic, partition));
      const b = l.get(key(topic, partition));
      const ok = (x: typeof a) => (x && x.errorCode === 0 ? BigInt(x.offset) : null);
      const errorCode = !a || !b ? NETWORK_EXCEPTION : a.errorCode || b.errorCode;
      return { topic, partition, startOffset: ok(a), endOffset: ok(b), errorCode };
    }),
  );
}

const failed = (asked: TopicPartitions, errorCode: number): PartitionOffsets[] =>
  asked.flatMap(({ topic, partitions }) =>
    partitions.map((partition) => ({ topic, partition, startOffset: null, endOffset: null, errorCode })),
  );

/** One pair of requests (earliest, latest) per leader, all leaders in parallel, never throws. */
export async function listOffsets(conns: BrokerConnections, meta: ClusterMetadata): Promise<PartitionOffsets[]> {
  const byLeader = new Map<number, TopicPartitions>();
  const out: PartitionOffsets[] = [];
  for (const t of meta.topics) {
    for (const p of t.partitions) {
      if (p.leader < 0) {
        out.push(...failed([{ topic: t.name, partitions: [p.partition] }], p.errorCode || LEADER_NOT_AVAILABLE));
        continue;
      }
      const list = byLeader.get(p.leader) ?? [];
      byLeader.set(p.leader, list);
      const last = list.at(-1);
      if (last?.topic === t.name) last.partitions.push(p.partition);
      else list.push({ topic: t.name, partitions: [p.partition] });
    }
  }
  const results = await Promise.all(
    [...byLeader].map(async ([leader, asked]) => {
      const b = meta.brokers.find((x) => x.id === leader);
      if (!b) return failed(asked, LEADER_NOT_AVAILABLE);
      const address = `${b.host}:${b.port}`;
      const ask = (timestamp: number) =>
        conns.send(address, (v) => listOffsetsRequest(pickVersion(v, LIST_OFFSETS_KEY, 'ListOffsets', 1, 3), timestamp, asked));
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
