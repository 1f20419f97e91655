// DescribeQuorum (API key 55, KIP-595/KIP-836/KIP-853), versions 0-2, all flexible.
// Kafka 4 brokers accept it and forward it to the active controller.
import type { KjsDecoder, KjsEncoder } from './internals';
import { errorName } from './internals';
import type { QuorumInfo, QuorumNode, QuorumReplica } from './types';
import {
  KafkaResponseError,
  flexibleRequest,
  readCompactArray,
  readCompactString,
  readUuid,
  skipTags,
  writeCompactArray,
  writeTags,
} from './wire';

export const DESCRIBE_QUORUM_KEY = 55;
export const DESCRIBE_QUORUM_VERSIONS = [0, 2] as const;
export const METADATA_TOPIC = '__cluster_metadata';

export function writeDescribeQuorumRequest(e: KjsEncoder): void {
  writeCompactArray(e, [METADATA_TOPIC], (e, topic) => {
    e.writeUVarIntString(topic);
    writeCompactArray(e, [0], (e, partition) => {
      e.writeInt32(partition);
      writeTags(e);
    });
    writeTags(e);
  });
  writeTags(e);
}

const ts = (v: bigint): number | null => (v < 0n ? null : Number(v));

function readReplica(d: KjsDecoder, version: number): QuorumReplica {
  const replicaId = d.readInt32();
  const directoryId = version >= 2 ? readUuid(d) : null;
  const logEndOffset = d.readInt64();
  const lastFetchTimestamp = version >= 1 ? ts(d.readInt64()) : null;
  const lastCaughtUpTimestamp = version >= 1 ? ts(d.readInt64()) : null;
  skipTags(d);
  return { replicaId, directoryId, logEndOffset, lastFetchTimestamp, lastCaughtUpTimestamp };
}

interface QuorumPartition extends QuorumInfo {
  partition: number;
  errorCode: number;
  errorMessage: string | null;
}

function readPartition(d: KjsDecoder, version: number): QuorumPartition {
  const partition = d.readInt32();
  const errorCode = d.readInt16();
  const errorMessage = version >= 2 ? d.readUVarIntString() : null;
  const p: QuorumPartition = {
    partition,
    errorCode,
    errorMessage,
    leaderId: d.readInt32(),
    leaderEpoch: d.readInt32(),
    highWatermark: d.readInt64(),
    voters: readCompactArray(d, (x) => readReplica(x, version)),
    observers: readCompactArray(d, (x) => readReplica(x, version)),
  };
  skipTags(d);
  return p;
}

function readNode(d: KjsDecoder): QuorumNode {
  const nodeId = d.readInt32();
  const listeners = readCompactArray(d, (x) => {
    const l = { name: readCompactString(x), host: readCompactString(x), port: x.readInt16() & 0xffff }; // port is a uint16
    skipTags(x);
    return l;
  });
  skipTags(d);
  return { nodeId, listeners };
}

const failure = (what: string, code: number, message: string | null) =>
  new KafkaResponseError(`DescribeQuorum failed${what}: ${errorName(code)}${message ? ` ${message}` : ''}`);

export function readDescribeQuorumResponse(d: KjsDecoder, version: number): QuorumInfo {
  const errorCode = d.readInt16();
  const errorMessage = version >= 2 ? d.readUVarIntString() : null;
  const topics = readCompactArray(d, (x) => {
    const name = readCompactString(x);
    const partitions = readCompactArray(x, (y) => readPartition(y, version));
    skipTags(x);
    return { name, partitions };
  });
  const nodes = version >= 2 ? readCompactArray(d, readNode).sort((a, b) => a.nodeId - b.nodeId) : [];
  skipTags(d);
  if (errorCode !== 0) throw failure('', errorCode, errorMessage);
  const p = topics.find((t) => t.name === METADATA_TOPIC)?.partitions.find((x) => x.partition === 0);
  if (!p) throw new KafkaResponseError(`DescribeQuorum returned no data for ${METADATA_TOPIC}-0`);
  if (p.errorCode !== 0) throw failure(` for ${METADATA_TOPIC}-0`, p.errorCode, p.errorMessage);
  const { leaderId, leaderEpoch, highWatermark, voters, observers } = p;
  return { leaderId, leaderEpoch, highWatermark, voters, observers, nodes };
}

export const describeQuorumRequest = (version: number) =>
  flexibleRequest({
    apiKey: DESCRIBE_QUORUM_KEY,
    apiName: 'DescribeQuorum',
    version,
    writeBody: writeDescribeQuorumRequest,
    readBody: (d) => readDescribeQuorumResponse(d, version),
  });
