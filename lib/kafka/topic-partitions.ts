// DescribeTopicPartitions (API key 75, KIP-966), version 0, flexible. Unlike Metadata it reports each
// partition's eligible leader replicas (ELR) and last known ELR — what `kafka-topics --describe`
// prints as Elr / LastKnownElr — and it pages: the broker stops after response_partition_limit
// partitions and hands back a cursor (topic, partition) to continue from.
import type { KjsDecoder, KjsEncoder } from './internals';
import type { PartitionDescription, TopicPartitionsDescription } from './types';
import { flexibleRequest, readCompactArray, readCompactInt32s, readUuid, skipTags, writeCompactArray, writeTags } from './wire';

export const DESCRIBE_TOPIC_PARTITIONS_KEY = 75;
export const DESCRIBE_TOPIC_PARTITIONS_VERSIONS = [0, 0] as const;
/** What kafka-topics asks for; brokers cap it at max.request.partition.size.limit (default 2000). */
export const DEFAULT_PARTITION_LIMIT = 2000;

export interface PartitionCursor {
  topic: string;
  partition: number;
}

export interface TopicPartitionsPage {
  topics: TopicPartitionsDescription[];
  /** Where the next page starts; null on the last page. */
  nextCursor: PartitionCursor | null;
}

/** `topics` empty = every topic in the cluster. */
export function writeDescribeTopicPartitionsRequest(
  e: KjsEncoder,
  topics: readonly string[],
  partitionLimit: number,
  cursor: PartitionCursor | null,
): void {
  writeCompactArray(e, topics, (x, name) => {
    x.writeUVarIntString(name);
    writeTags(x);
  });
  e.writeInt32(partitionLimit);
  // A nullable struct is prefixed by one byte: -1 for null, 1 when present.
  if (cursor === null) e.writeInt8(-1);
  else {
    e.writeInt8(1);
    e.writeUVarIntString(cursor.topic);
    e.writeInt32(cursor.partition);
    writeTags(e);
  }
  writeTags(e);
}

/** COMPACT_NULLABLE_ARRAY of int32, keeping null apart from empty (the tool prints null as N/A). */
function readNullableInt32s(d: KjsDecoder): number[] | null {
  const n = d.readUVarInt();
  if (n === 0) return null;
  if (n > 1 && !d.canReadBytes(4 * (n - 1))) throw new RangeError(`array length ${n - 1} runs past the end of the response`);
  return Array.from({ length: n - 1 }, () => d.readInt32());
}

function readPartition(d: KjsDecoder): PartitionDescription {
  const errorCode = d.readInt16();
  const partition = d.readInt32();
  const leader = d.readInt32();
  const epoch = d.readInt32();
  const p: PartitionDescription = {
    partition,
    leader,
    leaderEpoch: epoch < 0 ? null : epoch,
    replicas: readCompactInt32s(d),
    isr: readCompactInt32s(d),
    eligibleLeaderReplicas: readNullableInt32s(d),
    lastKnownElr: readNullableInt32s(d),
    offlineReplicas: readCompactInt32s(d),
    errorCode,
  };
  skipTags(d);
  return p;
}

function readTopic(d: KjsDecoder): TopicPartitionsDescription {
  const errorCode = d.readInt16();
  const name = d.readUVarIntString() ?? '';
  const topicId = readUuid(d);
  const internal = d.readBoolean();
  const partitions = readCompactArray(d, readPartition);
  d.readInt32(); // topic_authorized_operations
  skipTags(d);
  return { name, topicId, internal, errorCode, partitions };
}

function readCursor(d: KjsDecoder): PartitionCursor | null {
  if (d.readInt8() < 0) return null;
  const topic = d.readUVarIntString() ?? '';
  const partition = d.readInt32();
  skipTags(d);
  return { topic, partition };
}

export function readDescribeTopicPartitionsResponse(d: KjsDecoder): TopicPartitionsPage {
  d.readInt32(); // throttle_time_ms
  const topics = readCompactArray(d, readTopic);
  const nextCursor = readCursor(d);
  skipTags(d);
  return { topics, nextCursor };
}

export const describeTopicPartitionsRequest = (
  version: number,
  topics: readonly string[],
  partitionLimit: number,
  cursor: PartitionCursor | null,
) =>
  flexibleRequest({
    apiKey: DESCRIBE_TOPIC_PARTITIONS_KEY,
    apiName: 'DescribeTopicPartitions',
    version,
    writeBody: (e) => writeDescribeTopicPartitionsRequest(e, topics, partitionLimit, cursor),
    readBody: readDescribeTopicPartitionsResponse,
  });
