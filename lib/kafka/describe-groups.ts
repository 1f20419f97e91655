// DescribeGroups (API key 15), versions 5-6 (flexible; v6 adds an error message, KIP-1043), for
// classic groups, and the consumer protocol's member assignment (ConsumerProtocolAssignment).
import { Decoder, type KjsDecoder, type KjsEncoder } from './internals';
import type { GroupMember, TopicAssignment } from './types';
import {
  flexibleRequest,
  readCompactArray,
  readCompactBytes,
  readCompactString,
  skipTags,
  writeCompactStrings,
  writeTags,
} from './wire';

export const DESCRIBE_GROUPS_KEY = 15;
export const DESCRIBE_GROUPS_VERSIONS = [5, 6] as const;

export interface DescribedClassicGroup {
  groupId: string;
  errorCode: number;
  errorMessage: string | null;
  state: string;
  protocolType: string;
  protocol: string;
  members: GroupMember[];
}

export function writeDescribeGroupsRequest(e: KjsEncoder, groupIds: readonly string[]): void {
  writeCompactStrings(e, groupIds);
  e.writeBoolean(false); // include_authorized_operations
  writeTags(e);
}

function readMember(d: KjsDecoder, protocolType: string): GroupMember {
  const memberId = readCompactString(d);
  const instanceId = d.readUVarIntString();
  const clientId = readCompactString(d);
  const clientHost = readCompactString(d);
  readCompactBytes(d); // member_metadata (the subscription)
  const assignment = readCompactBytes(d);
  skipTags(d);
  return {
    memberId,
    instanceId,
    clientId,
    clientHost,
    assignment: protocolType === 'consumer' ? decodeConsumerAssignment(assignment) : [],
  };
}

function readGroup(d: KjsDecoder, version: number): DescribedClassicGroup {
  const errorCode = d.readInt16();
  const errorMessage = version >= 6 ? d.readUVarIntString() : null;
  const groupId = readCompactString(d);
  const state = readCompactString(d);
  const protocolType = readCompactString(d);
  const protocol = readCompactString(d);
  const members = readCompactArray(d, (x) => readMember(x, protocolType));
  d.readInt32(); // authorized_operations
  skipTags(d);
  return { groupId, errorCode, errorMessage, state, protocolType, protocol, members };
}

export function readDescribeGroupsResponse(d: KjsDecoder, version: number): DescribedClassicGroup[] {
  d.readInt32(); // throttle_time_ms
  const groups = readCompactArray(d, (x) => readGroup(x, version));
  skipTags(d);
  return groups;
}

export const describeGroupsRequest = (version: number, groupIds: readonly string[]) =>
  flexibleRequest({
    apiKey: DESCRIBE_GROUPS_KEY,
    apiName: 'DescribeGroups',
    version,
    writeBody: (e) => writeDescribeGroupsRequest(e, groupIds),
    readBody: (d) => readDescribeGroupsResponse(d, version),
  });

/**
 * ConsumerProtocolAssignment (non-flexible, versions 0-3 share this prefix): int16 version,
 * [topic: string, partitions: [int32]], user_data: bytes. Anything unreadable (a custom
 * assignor's format) gives no assignment rather than an error.
 */
export function decodeConsumerAssignment(buf: Buffer): TopicAssignment[] {
  if (buf.length < 2) return [];
  try {
    const d = new Decoder(buf);
    if (d.readInt16() < 0) return [];
    const n = d.readInt32();
    if (n < 0 || !d.canReadBytes(n * 6)) return [];
    const out: TopicAssignment[] = [];
    for (let i = 0; i < n; i++) {
      const topic = d.readString();
      const count = d.readInt32();
      if (topic === null || count < 0 || !d.canReadBytes(count * 4)) return [];
      const partitions: number[] = [];
      for (let j = 0; j < count; j++) partitions.push(d.readInt32());
      out.push({ topic, partitions: partitions.sort((a, b) => a - b) });
    }
    return out.sort((a, b) => a.topic.localeCompare(b.topic));
  } catch {
    return [];
  }
}
