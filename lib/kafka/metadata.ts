// Metadata (API key 3), versions 10-13 (flexible), encoded/decoded here instead of by kafkajs
// (which stops at v6, has no topic ids / leader epochs, and throws on any partition error).
import type { KjsDecoder, KjsEncoder } from './internals';
import type { BrokerInfo, ClusterMetadata, PartitionInfo, TopicInfo } from './types';
import {
  KafkaResponseError,
  flexibleRequest,
  readCompactArray,
  readCompactInt32s,
  readCompactString,
  readUuid,
  skipTags,
  writeTags,
} from './wire';
import { errorName } from './internals';

export const METADATA_KEY = 3;
export const METADATA_VERSIONS = [10, 13] as const;

/** Request for all topics, never auto-creating any. */
export function writeMetadataRequest(e: KjsEncoder, version: number): void {
  e.writeUVarInt(0); // topics: null = all topics
  e.writeBoolean(false); // allow_auto_topic_creation
  if (version <= 10) e.writeBoolean(false); // include_cluster_authorized_operations (v8-10)
  e.writeBoolean(false); // include_topic_authorized_operations
  writeTags(e);
}

function readBroker(d: KjsDecoder): BrokerInfo {
  const b = { id: d.readInt32(), host: readCompactString(d), port: d.readInt32(), rack: d.readUVarIntString() };
  skipTags(d);
  return b;
}

function readPartition(d: KjsDecoder): PartitionInfo {
  const errorCode = d.readInt16();
  const partition = d.readInt32();
  const leader = d.readInt32();
  const epoch = d.readInt32();
  const p: PartitionInfo = {
    partition,
    leader,
    leaderEpoch: epoch < 0 ? null : epoch,
    replicas: readCompactInt32s(d),
    isr: readCompactInt32s(d),
    offlineReplicas: readCompactInt32s(d),
    errorCode,
  };
  skipTags(d);
  return p;
}

function readTopic(d: KjsDecoder): TopicInfo {
  const errorCode = d.readInt16();
  const name = d.readUVarIntString() ?? '';
  const topicId = readUuid(d);
  const internal = d.readBoolean();
  const partitions = readCompactArray(d, readPartition).sort((a, b) => a.partition - b.partition);
  d.readInt32(); // topic_authorized_operations
  skipTags(d);
  return { name, topicId, internal, errorCode, partitions };
}

export function readMetadataResponse(d: KjsDecoder, version: number): ClusterMetadata {
  d.readInt32(); // throttle_time_ms
  const brokers = readCompactArray(d, readBroker).sort((a, b) => a.id - b.id);
  const clusterId = d.readUVarIntString();
  const metadataControllerId = d.readInt32();
  const topics = readCompactArray(d, readTopic).sort((a, b) => a.name.localeCompare(b.name));
  if (version <= 10) d.readInt32(); // cluster_authorized_operations
  const errorCode = version >= 13 ? d.readInt16() : 0;
  skipTags(d);
  if (errorCode !== 0) throw new KafkaResponseError(`Metadata failed: ${errorName(errorCode)}`);
  return { clusterId, metadataControllerId, brokers, topics };
}

export const metadataRequest = (version: number) =>
  flexibleRequest({
    apiKey: METADATA_KEY,
    apiName: 'Metadata',
    version,
    writeBody: (e) => writeMetadataRequest(e, version),
    readBody: (d) => readMetadataResponse(d, version),
  });
