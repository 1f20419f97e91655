// ConsumerGroupDescribe (API key 69, KIP-848), versions 0-1 (flexible), for groups of the new
// 'consumer' protocol, which DescribeGroups reports as Dead / GROUP_ID_NOT_FOUND.
// v1 only adds member_type. Assignments carry topic ids and (usually) names.
import type { KjsDecoder, KjsEncoder } from './internals';
import type { GroupMember, TopicAssignment } from './types';
import {
  flexibleRequest,
  readCompactArray,
  readCompactInt32s,
  readCompactString,
  readCompactStrings,
  readUuid,
  skipTags,
  writeCompactStrings,
  writeTags,
} from './wire';

export const CONSUMER_GROUP_DESCRIBE_KEY = 69;
export const CONSUMER_GROUP_DESCRIBE_VERSIONS = [0, 1] as const;

/** Resolves a topic id (base64url) to its name; used when the broker sends no name. */
export type TopicNames = (topicId: string) => string | undefined;

export interface DescribedConsumerGroup {
  groupId: string;
  errorCode: number;
  errorMessage: string | null;
  state: string;
  groupEpoch: number;
  assignmentEpoch: number;
  assignor: string;
  members: GroupMember[];
}

export function writeConsumerGroupDescribeRequest(e: KjsEncoder, groupIds: readonly string[]): void {
  writeCompactStrings(e, groupIds);
  e.writeBoolean(false); // include_authorized_operations
  writeTags(e);
}

function readAssignment(d: KjsDecoder, names: TopicNames): TopicAssignment[] {
  const topics = readCompactArray(d, (x) => {
    const id = readUuid(x);
    const name = readCompactString(x);
    const partitions = readCompactInt32s(x).sort((a, b) => a - b);
    skipTags(x);
    return { topic: name || (id && names(id)) || id || '', partitions };
  });
  skipTags(d); // the Assignment struct's own tagged fields
  return topics.sort((a, b) => a.topic.localeCompare(b.topic));
}

function readMember(d: KjsDecoder, version: number, names: TopicNames): GroupMember {
  const memberId = readCompactString(d);
  const instanceId = d.readUVarIntString();
  d.readUVarIntString(); // rack_id
  d.readInt32(); // member_epoch
  const clientId = readCompactString(d);
  const clientHost = readCompactString(d);
  readCompactStrings(d); // subscribed_topic_names
  d.readUVarIntString(); // subscribed_topic_regex
  const assignment = readAssignment(d, names);
  readAssignment(d, names); // target_assignment
  if (version >= 1) d.readInt8(); // member_type
  skipTags(d);
  return { memberId, instanceId, clientId, clientHost, assignment };
}

function readGroup(d: KjsDecoder, version: number, names: TopicNames): DescribedConsumerGroup {
  const g: DescribedConsumerGroup = {
    errorCode: d.readInt16(),
    errorMessage: d.readUVarIntString(),
    groupId: readCompactString(d),
    state: readCompactString(d),
    groupEpoch: d.readInt32(),
    assignmentEpoch: d.readInt32(),
    assignor: readCompactString(d),
    members: [],
  };
  g.members = readCompactArray(d, (x) => readMember(x, version, names));
  d.readInt32(); // authorized_operations
  skipTags(d);
  return g;
}

export function readConsumerGroupDescribeResponse(d: KjsDecoder, version: number, names: TopicNames): DescribedConsumerGroup[] {
  d.readInt32(); // throttle_time_ms
  const groups = readCompactArray(d, (x) => readGroup(x, version, names));
  skipTags(d);
  return groups;
}

export const consumerGroupDescribeRequest = (version: number, groupIds: readonly string[], names: TopicNames = () => undefined) =>
  flexibleRequest({
    apiKey: CONSUMER_GROUP_DESCRIBE_KEY,
    apiName: 'ConsumerGroupDescribe',
    version,
    writeBody: (e) => writeConsumerGroupDescribeRequest(e, groupIds),
    readBody: (d) => readConsumerGroupDescribeResponse(d, version, names),
  });
