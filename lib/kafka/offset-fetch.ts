// OffsetFetch (API key 9), versions 8-9 (flexible, KIP-709: many groups per request; v9 adds
// member id/epoch for KIP-848 members, which an admin leaves null/-1). v10 (topic ids) is unstable
// in Kafka 4.1. kafkajs stops at v4, one group per request.
import type { KjsDecoder, KjsEncoder } from './internals';
import type { CommittedOffset } from './types';
import { flexibleRequest, readCompactArray, readCompactString, skipTags, writeCompactArray, writeTags } from './wire';

export const OFFSET_FETCH_KEY = 9;
export const OFFSET_FETCH_VERSIONS = [8, 9] as const;

export interface GroupOffsetsReply {
  groupId: string;
  errorCode: number;
  /** Partitions with a commit and no partition-level error. */
  offsets: CommittedOffset[];
}

/** All committed offsets (topics = null) of each group. */
export function writeOffsetFetchRequest(e: KjsEncoder, version: number, groupIds: readonly string[]): void {
  writeCompactArray(e, groupIds, (x, groupId) => {
    x.writeUVarIntString(groupId);
    if (version >= 9) {
      x.writeUVarIntString(null); // member_id
      x.writeInt32(-1); // member_epoch
    }
    x.writeUVarInt(0); // topics: null = all
    writeTags(x);
  });
  e.writeBoolean(false); // require_stable
  writeTags(e);
}

function readTopic(d: KjsDecoder): CommittedOffset[] {
  const topic = readCompactString(d);
  const partitions = readCompactArray(d, (x) => {
    const partition = x.readInt32();
    const offset = x.readInt64();
    x.readInt32(); // committed_leader_epoch
    x.readUVarIntString(); // metadata
    const errorCode = x.readInt16();
    skipTags(x);
    return { topic, partition, offset, errorCode };
  });
  skipTags(d);
  return partitions.filter((p) => p.errorCode === 0 && p.offset >= 0n).map(({ topic, partition, offset }) => ({ topic, partition, offset }));
}

export function readOffsetFetchResponse(d: KjsDecoder): GroupOffsetsReply[] {
  d.readInt32(); // throttle_time_ms
  const groups = readCompactArray(d, (x) => {
    const groupId = readCompactString(x);
    const offsets = readCompactArray(x, readTopic).flat();
    const errorCode = x.readInt16();
    skipTags(x);
    offsets.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
    return { groupId, errorCode, offsets };
  });
  skipTags(d);
  return groups;
}

export const offsetFetchRequest = (version: number, groupIds: readonly string[]) =>
  flexibleRequest({
    apiKey: OFFSET_FETCH_KEY,
    apiName: 'OffsetFetch',
    version,
    writeBody: (e) => writeOffsetFetchRequest(e, version, groupIds),
    readBody: readOffsetFetchResponse,
  });
