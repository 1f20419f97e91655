// DescribeTopicPartitions v0 (KIP-966) request bytes, response decoding and cursor paging, against
// fixtures assembled field by field from Kafka 4.1's DescribeTopicPartitions{Request,Response}.json.
import { afterEach, describe, expect, it } from 'vitest';
import { KafkaProbe, KafkaResponseError } from '@/lib/kafka';
import { describeAllPages } from '@/lib/kafka/partition-pages';
import { describeTopicPartitionsRequest, type TopicPartitionsPage } from '@/lib/kafka/topic-partitions';
import { TAGS, bool, carr, cat, ci32s, cstr, hex, i16, i32, i8, uvar } from './bytes';
import { SUPPORTED, closeFakes, fakeBroker } from './fake-broker';

const encoded = async (r: { request: { encode(): Promise<{ buffer: Buffer }> } }) => hex((await r.request.encode()).buffer);
const decode = (body: Buffer) => describeTopicPartitionsRequest(0, [], 1, null).response.decode(cat(TAGS, body)) as Promise<TopicPartitionsPage>;
const NO_OPS = i32(-2147483648);
const ID = Buffer.from('bcb2c042ef9f461282cfa1b6d626fd84', 'hex');

/** Nullable struct: int8 -1 for null, else 1 followed by the struct. */
const cursor = (c: [string, number] | null) => (c === null ? i8(-1) : cat(i8(1), cstr(c[0]), i32(c[1]), TAGS));
/** COMPACT_NULLABLE_ARRAY of int32. */
const nullableIds = (xs: number[] | null) => (xs === null ? uvar(0) : ci32s(xs));
const partition = (idx: number, leader: number, isr: number[], elr: number[] | null, lke: number[] | null, offline: number[] = [], err = 0) =>
  cat(i16(err), i32(idx), i32(leader), i32(leader < 0 ? 3 : 0), ci32s([3, 1, 2]), ci32s(isr), nullableIds(elr), nullableIds(lke), ci32s(offline), TAGS);
const topic = (name: string, partitions: Buffer[], err = 0, id = ID) => cat(i16(err), cstr(name), id, bool(false), carr(partitions), NO_OPS, TAGS);
const response = (topics: Buffer[], next: [string, number] | null) => cat(i32(0), carr(topics), cursor(next), TAGS);
const p = (partition: number, isr: number[], extra: object = {}) => ({
  partition, leader: 1, leaderEpoch: 0, replicas: [3, 1, 2], isr, eligibleLeaderReplicas: [], lastKnownElr: [], offlineReplicas: [], errorCode: 0, ...extra,
});

describe('DescribeTopicPartitions v0', () => {
  it('asks for all topics or the given ones, with the partition limit and the cursor', async () => {
    // header tags | topics | response_partition_limit | cursor | tags
    expect(await encoded(describeTopicPartitionsRequest(0, [], 2000, null))).toBe(hex(cat(TAGS, carr([]), i32(2000), i8(-1), TAGS)));
    expect(await encoded(describeTopicPartitionsRequest(0, ['a', 'bb'], 5, { topic: 'bb', partition: 3 }))).toBe(
      hex(cat(TAGS, carr([cat(cstr('a'), TAGS), cat(cstr('bb'), TAGS)]), i32(5), i8(1), cstr('bb'), i32(3), TAGS, TAGS)),
    );
  });

  it('decodes ISR, ELR, last known ELR, offline replicas, topic errors and the next cursor', async () => {
    const body = response([
      topic('rf1', [partition(0, -1, [], [3], [3], [3])]),
      topic('min3', [partition(0, 1, [1, 2], [3], [], [3]), partition(1, 1, [1, 2, 3], null, null)]),
      topic('gone', [], 3, Buffer.alloc(16)),
    ], ['min3', 2]);
    expect(await decode(body)).toEqual({
      topics: [
        { name: 'rf1', topicId: 'vLLAQu-fRhKCz6G21ib9hA', internal: false, errorCode: 0, partitions: [
          { partition: 0, leader: -1, leaderEpoch: 3, replicas: [3, 1, 2], isr: [], eligibleLeaderReplicas: [3], lastKnownElr: [3], offlineReplicas: [3], errorCode: 0 },
        ] },
        { name: 'min3', topicId: 'vLLAQu-fRhKCz6G21ib9hA', internal: false, errorCode: 0, partitions: [
          p(0, [1, 2], { eligibleLeaderReplicas: [3], offlineReplicas: [3] }),
          p(1, [1, 2, 3], { eligibleLeaderReplicas: null, lastKnownElr: null }),
        ] },
        { name: 'gone', topicId: null, internal: false, errorCode: 3, partitions: [] },
      ],
      nextCursor: { topic: 'min3', partition: 2 },
    });
    expect((await decode(response([], null))).nextCursor).toBeNull();
  });

  it('fails cleanly on a truncated response', async () => {
    const body = response([topic('t', [partition(0, 1, [1], [], [])])], null);
    await expect(decode(body.subarray(0, body.length - 8))).rejects.toThrow(RangeError);
  });
});

describe('paging over DescribeTopicPartitions', () => {
  const page = (topics: TopicPartitionsPage['topics'], next: [string, number] | null): TopicPartitionsPage => ({
    topics, nextCursor: next && { topic: next[0], partition: next[1] },
  });
  const t = (name: string, parts: number[], errorCode = 0) => ({ name, topicId: null, internal: false, errorCode, partitions: parts.map((i) => p(i, [1])) });

  it('merges a topic split over pages and one repeated on every page', async () => {
    const pages = [
      page([t('b', [1, 0]), t('secret', [], 29)], ['b', 2]),
      page([t('b', [2]), t('c', [0]), t('secret', [], 29)], null),
    ];
    const cursors: unknown[] = [];
    const all = await describeAllPages(async (c) => (cursors.push(c), pages.shift() ?? page([], null)));
    expect(cursors).toEqual([null, { topic: 'b', partition: 2 }]);
    expect(all.map((x) => [x.name, x.errorCode, x.partitions.map((q) => q.partition)])).toEqual([
      ['b', 0, [0, 1, 2]], ['c', 0, [0]], ['secret', 29, []],
    ]);
  });

  it('stops when a broker hands out the same cursor twice', async () => {
    await expect(describeAllPages(async () => page([t('a', [0])], ['a', 1]))).rejects.toThrow(
      new KafkaResponseError('DescribeTopicPartitions returned the cursor a-1 twice'),
    );
  });
});

describe('KafkaProbe.describeTopicPartitions against fake brokers', () => {
  afterEach(closeFakes);

  it('follows the cursor page by page, past a dead bootstrap broker', async () => {
    const bodies: string[] = [];
    const pages = [
      response([topic('a', [partition(0, 1, [1, 2], [3], []), partition(1, 1, [1, 2, 3], [], [])])], ['a', 2]),
      response([topic('a', [partition(2, -1, [], [2], [2], [2])]), topic('b', [partition(0, 1, [1], [], [])])], ['b', 1]),
      response([topic('b', [partition(1, 1, [1], [], [])])], null),
    ];
    const fake = await fakeBroker((key, _v, body) => {
      if (key !== 75) return 'close';
      bodies.push(hex(body));
      return cat(TAGS, pages.shift() ?? response([], null));
    }, [...SUPPORTED, [75, 0, 0]]);
    const dead = await fakeBroker(() => 'close');
    await dead.close();
    const probe = new KafkaProbe({ brokers: [dead.address, fake.address], connectTimeoutMs: 300, requestTimeoutMs: 300 });
    try {
      const topics = await probe.describeTopicPartitions(undefined, { partitionLimit: 2 });
      expect(topics.map((x) => [x.name, x.partitions.map((q) => [q.partition, q.leader, q.eligibleLeaderReplicas, q.lastKnownElr])])).toEqual([
        ['a', [[0, 1, [3], []], [1, 1, [], []], [2, -1, [2], [2]]]],
        ['b', [[0, 1, [], []], [1, 1, [], []]]],
      ]);
      const req = (c: [string, number] | null) => hex(cat(TAGS, carr([]), i32(2), cursor(c), TAGS));
      expect(bodies).toEqual([req(null), req(['a', 2]), req(['b', 1])]);
      expect(fake.requests.filter((r) => r.startsWith('75v'))).toEqual(['75v0', '75v0', '75v0']);
    } finally {
      await probe.close();
    }
  });

  it('says so when the broker does not support the API', async () => {
    const fake = await fakeBroker(() => 'close');
    const probe = new KafkaProbe({ brokers: [fake.address], connectTimeoutMs: 300, requestTimeoutMs: 300 });
    try {
      const failure = probe.describeTopicPartitions(['a']);
      await expect(failure).rejects.toBeInstanceOf(KafkaResponseError);
      await expect(failure).rejects.toThrow('broker does not support DescribeTopicPartitions v0-v0 (it supports none)');
    } finally {
      await probe.close();
    }
  });
});
