// ListOffsets (API key 2), versions 6-10 (flexible). We send each partition's current leader epoch
// (KIP-320) so a replica that is no longer, or not yet, the leader we know of answers with
// NOT_LEADER_OR_FOLLOWER / FENCED_LEADER_EPOCH / UNKNOWN_LEADER_EPOCH instead of its own, lower,
// high watermark; and v5+ makes a new leader whose high watermark has not caught up with its epoch
// start say OFFSET_NOT_AVAILABLE (older versions get LEADER_NOT_AVAILABLE or a stale offset).
import type { KjsDecoder, KjsEncoder } from './internals';
import { flexibleRequest, readCompactArray, readCompactString, skipTags, writeCompactArray, writeTags } from './wire';

export const LIST_OFFSETS_KEY = 2;
export const LIST_OFFSETS_VERSIONS = [6, 10] as const;
export const EARLIEST = -2n;
export const LATEST = -1n;
/** LATEST is then the high watermark, as kafka-consumer-groups reports end offsets. */
const READ_UNCOMMITTED = 0;
const CONSUMER_REPLICA_ID = -1;

export interface OffsetQueryPartition {
  partition: number;
  /** From metadata; null sends -1 (no fencing). */
  currentLeaderEpoch: number | null;
}

export interface OffsetQueryTopic {
  topic: string;
  partitions: OffsetQueryPartition[];
}

export interface ListedOffset {
  topic: string;
  partition: number;
  errorCode: number;
  /** null on a partition error (whatever the broker put in the field) or a negative offset. */
  offset: bigint | null;
  /** For LATEST, the epoch of the leader that answered; for EARLIEST, of the batch at that offset. */
  leaderEpoch: number | null;
}

export function writeListOffsetsRequest(
  e: KjsEncoder,
  version: number,
  timestamp: bigint,
  topics: readonly OffsetQueryTopic[],
  timeoutMs: number,
): void {
  e.writeInt32(CONSUMER_REPLICA_ID);
  e.writeInt8(READ_UNCOMMITTED);
  writeCompactArray(e, topics, (x, t) => {
    x.writeUVarIntString(t.topic);
    writeCompactArray(x, t.partitions, (y, p) => {
      y.writeInt32(p.partition);
      y.writeInt32(p.currentLeaderEpoch ?? -1);
      y.writeInt64(timestamp);
      writeTags(y);
    });
    writeTags(x);
  });
  // v10: how long the broker may wait on tiered (remote) storage before answering.
  if (version >= 10) e.writeInt32(timeoutMs);
  writeTags(e);
}

export function readListOffsetsResponse(d: KjsDecoder): ListedOffset[] {
  d.readInt32(); // throttle_time_ms
  const topics = readCompactArray(d, (x) => {
    const topic = readCompactString(x);
    const partitions = readCompactArray(x, (y): ListedOffset => {
      const partition = y.readInt32();
      const errorCode = y.readInt16();
      y.readInt64(); // timestamp: -1 for EARLIEST / LATEST
      const offset = y.readInt64();
      const epoch = y.readInt32();
      skipTags(y);
      const ok = errorCode === 0;
      return {
        topic,
        partition,
        errorCode,
        offset: ok && offset >= 0n ? offset : null,
        leaderEpoch: ok && epoch >= 0 ? epoch : null,
      };
    });
    skipTags(x);
    return partitions;
  });
  skipTags(d);
  return topics.flat();
}

export const listOffsetsRequest = (version: number, timestamp: bigint, topics: readonly OffsetQueryTopic[], timeoutMs: number) =>
  flexibleRequest({
    apiKey: LIST_OFFSETS_KEY,
    apiName: 'ListOffsets',
    version,
    writeBody: (e) => writeListOffsetsRequest(e, version, timestamp, topics, timeoutMs),
    readBody: readListOffsetsResponse,
  });
