// Requests and responses of the consumer-group and config APIs, against fixtures assembled field
// by field from Kafka 4.1's ListGroups, FindCoordinator, DescribeGroups, ConsumerGroupDescribe,
// OffsetFetch and DescribeConfigs schemas (common/message/*.json).
import { describe, expect, it } from 'vitest';
import { consumerGroupDescribeRequest } from '@/lib/kafka/consumer-group-describe';
import { describeConfigsRequest } from '@/lib/kafka/describe-configs';
import { decodeConsumerAssignment, describeGroupsRequest } from '@/lib/kafka/describe-groups';
import { findCoordinatorRequest } from '@/lib/kafka/find-coordinator';
import { isConsumerGroup, listGroupsRequest } from '@/lib/kafka/list-groups';
import { offsetFetchRequest } from '@/lib/kafka/offset-fetch';
import { TAGS, arr, bool, carr, cat, cbytes, ci32s, cstr, hex, i16, i32, i64, i8, str, tags, uvar } from './bytes';

const encoded = async (r: { request: { encode(): Promise<{ buffer: Buffer }> } }) => hex((await r.request.encode()).buffer);
/** A response body after the (flexible) response header's empty tagged fields. */
const decode = <T>(r: { response: { decode(b: Buffer): Promise<unknown> } }, body: Buffer) => r.response.decode(cat(TAGS, body)) as Promise<T>;
const NO_OPS = i32(-2147483648); // authorized_operations not asked for
const RF3_ID = Buffer.from('e0ffd6eb6652442d9ebc2cc596e25a95', 'hex');
const RF1_ID = Buffer.alloc(16, 7);

describe('ListGroups v3-5', () => {
  it('asks for every group: no filters (v4 states, v5 types)', async () => {
    expect(await encoded(listGroupsRequest(3))).toBe(hex(cat(TAGS, TAGS)));
    expect(await encoded(listGroupsRequest(4))).toBe(hex(cat(TAGS, carr([]), TAGS)));
    expect(await encoded(listGroupsRequest(5))).toBe(hex(cat(TAGS, carr([]), carr([]), TAGS)));
  });

  it('reads group id, protocol type, state (v4+) and type (v5+)', async () => {
    const v5 = cat(i32(0), i16(0), carr([
      cat(cstr('g848'), cstr('consumer'), cstr('Stable'), cstr('consumer'), TAGS),
      cat(cstr('connect-c1'), cstr('connect'), cstr('Empty'), cstr('classic'), tags([0, Buffer.from('x')])),
    ]), TAGS);
    expect(await decode(listGroupsRequest(5), v5)).toEqual({
      errorCode: 0,
      groups: [
        { groupId: 'g848', protocolType: 'consumer', state: 'Stable', type: 'consumer' },
        { groupId: 'connect-c1', protocolType: 'connect', state: 'Empty', type: 'classic' },
      ],
    });
    const v3 = cat(i32(0), i16(14), carr([cat(cstr('old'), cstr(''), TAGS)]), TAGS);
    expect(await decode(listGroupsRequest(3), v3)).toEqual({ errorCode: 14, groups: [{ groupId: 'old', protocolType: '', state: null, type: null }] });
  });

  it('keeps consumer groups only', () => {
    const g = (protocolType: string, type: string | null) => isConsumerGroup({ protocolType, type });
    expect([g('consumer', 'classic'), g('', 'classic'), g('consumer', 'consumer'), g('consumer', null), g('', null)]).toEqual([true, true, true, true, true]);
    expect([g('connect', 'classic'), g('share', 'share'), g('streams', 'streams'), g('connect', null)]).toEqual([false, false, false, false]);
  });
});

describe('FindCoordinator v4-6', () => {
  it('asks for many group keys in one request', async () => {
    const want = cat(TAGS, i8(0), carr([cstr('g1'), cstr('g2')]), TAGS);
    for (const v of [4, 5, 6]) expect(await encoded(findCoordinatorRequest(v, ['g1', 'g2']))).toBe(hex(want));
  });

  it('reads one coordinator or error per key', async () => {
    const body = cat(i32(0), carr([
      cat(cstr('g1'), i32(2), cstr('127.0.0.1'), i32(9093), i16(0), cstr(null), TAGS),
      cat(cstr('g2'), i32(-1), cstr(''), i32(-1), i16(15), cstr('The coordinator is not available.'), TAGS),
    ]), TAGS);
    expect(await decode(findCoordinatorRequest(4, []), body)).toEqual([
      { key: 'g1', nodeId: 2, host: '127.0.0.1', port: 9093, errorCode: 0, errorMessage: null },
      { key: 'g2', nodeId: -1, host: '', port: -1, errorCode: 15, errorMessage: 'The coordinator is not available.' },
    ]);
  });
});

/** ConsumerProtocolAssignment: int16 version, [topic, [partition]], user_data bytes. */
const assignment = (version: number, topics: [string, number[]][], userData: Buffer | null = null) =>
  cat(i16(version), arr(topics.map(([t, ps]) => cat(str(t), arr(ps.map(i32))))), userData ? cat(i32(userData.length), userData) : i32(-1));

describe('DescribeGroups v5-6 (classic groups)', () => {
  it('asks for the groups without authorized operations', async () => {
    const want = cat(TAGS, carr([cstr('g1'), cstr('g2')]), bool(false), TAGS);
    for (const v of [5, 6]) expect(await encoded(describeGroupsRequest(v, ['g1', 'g2']))).toBe(hex(want));
  });

  const member = cat(cstr('c1-5f0e'), cstr(null), cstr('c1'), cstr('/10.0.0.7'), cbytes(Buffer.from('subscription')),
    cbytes(assignment(3, [['rf3', [2, 0]], ['rf1', [0]]], Buffer.from('ud'))), TAGS);
  const stable = (withMessage: boolean) => cat(i16(0), withMessage ? cstr(null) : Buffer.alloc(0), cstr('g1'), cstr('Stable'), cstr('consumer'),
    cstr('range'), carr([member]), NO_OPS, TAGS);

  it('decodes members and their consumer-protocol assignments (v5)', async () => {
    expect(await decode(describeGroupsRequest(5, []), cat(i32(0), carr([stable(false)]), TAGS))).toEqual([{
      groupId: 'g1', errorCode: 0, errorMessage: null, state: 'Stable', protocolType: 'consumer', protocol: 'range',
      members: [{ memberId: 'c1-5f0e', instanceId: null, clientId: 'c1', clientHost: '/10.0.0.7',
        assignment: [{ topic: 'rf1', partitions: [0] }, { topic: 'rf3', partitions: [0, 2] }] }],
    }]);
  });

  it('reads the v6 error message of a group that is not classic', async () => {
    const notClassic = cat(i16(69), cstr('Group g848 is not a classic group.'), cstr('g848'), cstr('Dead'), cstr(''), cstr(''), carr([]), NO_OPS, TAGS);
    const groups = await decode<{ groupId: string; errorCode: number; errorMessage: string | null; state: string }[]>(
      describeGroupsRequest(6, []), cat(i32(0), carr([stable(true), notClassic]), TAGS));
    expect(groups.map((g) => [g.groupId, g.errorCode, g.errorMessage, g.state])).toEqual([
      ['g1', 0, null, 'Stable'], ['g848', 69, 'Group g848 is not a classic group.', 'Dead']]);
  });

  it('decodes consumer assignments of every version, and nothing from other bytes', () => {
    expect(decodeConsumerAssignment(assignment(0, [['t', [1]]]))).toEqual([{ topic: 't', partitions: [1] }]);
    // a newer version's extra fields after user_data are ignored
    expect(decodeConsumerAssignment(cat(assignment(4, [['t', [3, 1]]], Buffer.from('u')), i32(9)))).toEqual([{ topic: 't', partitions: [1, 3] }]);
    expect(decodeConsumerAssignment(Buffer.alloc(0))).toEqual([]);
    expect(decodeConsumerAssignment(Buffer.from('not an assignment'))).toEqual([]);
    expect(decodeConsumerAssignment(cat(i16(0), i32(1000)))).toEqual([]);
  });
});

describe('ConsumerGroupDescribe v0-1 (KIP-848 groups)', () => {
  it('asks for the groups without authorized operations', async () => {
    const want = cat(TAGS, carr([cstr('g848')]), bool(false), TAGS);
    for (const v of [0, 1]) expect(await encoded(consumerGroupDescribeRequest(v, ['g848']))).toBe(hex(want));
  });

  const topicPartitions = (id: Buffer, name: string, ps: number[]) => cat(id, cstr(name), ci32s(ps), TAGS);
  const current = cat(carr([topicPartitions(RF3_ID, 'rf3', [2, 0, 1]), topicPartitions(RF1_ID, '', [0])]), TAGS);
  const target = cat(carr([topicPartitions(RF3_ID, 'rf3', [0, 1, 2])]), TAGS);
  const member = (v: number) => cat(cstr('LaFNH5A4RvSV5odlkJVE3Q'), cstr(null), cstr('r1'), i32(3), cstr('console-consumer'),
    cstr('/127.0.0.1'), carr([cstr('rf1'), cstr('rf3')]), cstr(null), current, target, v >= 1 ? i8(1) : Buffer.alloc(0), TAGS);
  const group = (v: number) => cat(i16(0), cstr(null), cstr('g848'), cstr('Reconciling'), i32(4), i32(4), cstr('uniform'),
    carr([member(v)]), NO_OPS, TAGS);
  const missing = cat(i16(69), cstr('Group g1 is not a consumer group.'), cstr('g1'), cstr(''), i32(0), i32(0), cstr(''), carr([]), NO_OPS, TAGS);

  it('decodes state, assignor and current assignments, naming topics by id when the name is empty', async () => {
    const names = (id: string) => (id === RF1_ID.toString('base64url') ? 'rf1' : undefined);
    for (const v of [0, 1]) {
      const groups = await decode(consumerGroupDescribeRequest(v, [], names), cat(i32(0), carr([group(v), missing]), TAGS));
      expect(groups).toEqual([
        { groupId: 'g848', errorCode: 0, errorMessage: null, state: 'Reconciling', groupEpoch: 4, assignmentEpoch: 4, assignor: 'uniform',
          members: [{ memberId: 'LaFNH5A4RvSV5odlkJVE3Q', instanceId: null, clientId: 'console-consumer', clientHost: '/127.0.0.1',
            assignment: [{ topic: 'rf1', partitions: [0] }, { topic: 'rf3', partitions: [0, 1, 2] }] }] },
        { groupId: 'g1', errorCode: 69, errorMessage: 'Group g1 is not a consumer group.', state: '', groupEpoch: 0, assignmentEpoch: 0,
          assignor: '', members: [] },
      ]);
    }
  });

  it('falls back to the topic id when neither the broker nor metadata names the topic', async () => {
    const [g] = await decode<{ members: { assignment: unknown }[] }[]>(consumerGroupDescribeRequest(1, []), cat(i32(0), carr([group(1)]), TAGS));
    expect(g?.members[0]?.assignment).toEqual([{ topic: RF1_ID.toString('base64url'), partitions: [0] }, { topic: 'rf3', partitions: [0, 1, 2] }]);
  });
});

describe('OffsetFetch v8-9', () => {
  it('asks for all topics of many groups (v9: as an admin, no member id/epoch)', async () => {
    expect(await encoded(offsetFetchRequest(8, ['g1', 'g2']))).toBe(
      hex(cat(TAGS, carr([cat(cstr('g1'), uvar(0), TAGS), cat(cstr('g2'), uvar(0), TAGS)]), bool(false), TAGS)));
    expect(await encoded(offsetFetchRequest(9, ['g1']))).toBe(
      hex(cat(TAGS, carr([cat(cstr('g1'), cstr(null), i32(-1), uvar(0), TAGS)]), bool(false), TAGS)));
  });

  it('keeps committed offsets, drops -1 and partition errors, and reads group errors', async () => {
    const p = (idx: number, offset: bigint, err = 0) => cat(i32(idx), i64(offset), i32(-1), cstr(''), i16(err), TAGS);
    const body = cat(i32(0), carr([
      cat(cstr('g1'), carr([cat(cstr('rf3'), carr([p(2, 56n), p(0, 48n), p(1, -1n), p(3, 9n, 3)]), TAGS), cat(cstr('rf1'), carr([p(0, 20n)]), TAGS)]), i16(0), TAGS),
      cat(cstr('g2'), carr([]), i16(16), TAGS),
    ]), TAGS);
    for (const v of [8, 9]) {
      expect(await decode(offsetFetchRequest(v, []), body)).toEqual([
        { groupId: 'g1', errorCode: 0, offsets: [
          { topic: 'rf1', partition: 0, offset: 20n }, { topic: 'rf3', partition: 0, offset: 48n }, { topic: 'rf3', partition: 2, offset: 56n }] },
        { groupId: 'g2', errorCode: 16, offsets: [] },
      ]);
    }
  });
});

describe('DescribeConfigs v4', () => {
  it('asks for topic resources with the given keys (or all), without synonyms or docs', async () => {
    expect(await encoded(describeConfigsRequest(4, ['rf3'], ['retention.ms', 'cleanup.policy']))).toBe(
      hex(cat(TAGS, carr([cat(i8(2), cstr('rf3'), carr([cstr('retention.ms'), cstr('cleanup.policy')]), TAGS)]), bool(false), bool(false), TAGS)));
    expect(await encoded(describeConfigsRequest(4, ['a', 'b'], null))).toBe(
      hex(cat(TAGS, carr([cat(i8(2), cstr('a'), uvar(0), TAGS), cat(i8(2), cstr('b'), uvar(0), TAGS)]), bool(false), bool(false), TAGS)));
  });

  it('reads values with their source, skipping synonyms, and per-topic errors', async () => {
    const entry = (name: string, value: string | null, source: number, synonyms: Buffer[] = []) =>
      cat(cstr(name), cstr(value), bool(false), i8(source), bool(false), carr(synonyms), i8(2), cstr(null), TAGS);
    const body = cat(i32(0), carr([
      cat(i16(0), cstr(null), i8(2), cstr('rf3'), carr([
        entry('retention.ms', '3600000', 1, [cat(cstr('retention.ms'), cstr('3600000'), i8(1), TAGS)]),
        entry('cleanup.policy', 'delete', 5),
        entry('min.insync.replicas', '2', 4),
      ]), TAGS),
      cat(i16(3), cstr('This server does not host this topic-partition.'), i8(2), cstr('gone'), carr([]), TAGS),
      cat(i16(0), cstr(null), i8(4), cstr('1'), carr([entry('log.dirs', '/x', 4)]), TAGS), // a broker resource: skipped
    ]), TAGS);
    expect(await decode(describeConfigsRequest(4, [], null), body)).toEqual([
      { topic: 'rf3', error: null, entries: [
        { name: 'cleanup.policy', value: 'delete', source: 5, sourceName: 'DEFAULT_CONFIG', readOnly: false, sensitive: false },
        { name: 'min.insync.replicas', value: '2', source: 4, sourceName: 'STATIC_BROKER_CONFIG', readOnly: false, sensitive: false },
        { name: 'retention.ms', value: '3600000', source: 1, sourceName: 'DYNAMIC_TOPIC_CONFIG', readOnly: false, sensitive: false },
      ] },
      { topic: 'gone', error: 'UNKNOWN_TOPIC_OR_PARTITION (3): This server does not host this topic-partition.', entries: [] },
    ]);
  });

  it('fails cleanly on a truncated response', async () => {
    const body = cat(i32(0), carr([cat(i16(0), cstr(null), i8(2), cstr('rf3'), carr([cat(cstr('retention.ms'), cstr('3600000'))]), TAGS)]), TAGS);
    await expect(decode(describeConfigsRequest(4, [], null), body)).rejects.toThrow(RangeError);
  });
});
