// Request bytes and response decoding for the APIs lib/kafka encodes itself, against fixtures
// assembled field by field from Kafka 4.1's message schemas (common/message/*.json).
import { describe, expect, it } from 'vitest';
import { describeLogDirsRequest } from '@/lib/kafka/log-dirs';
import { metadataRequest } from '@/lib/kafka/metadata';
import { describeQuorumRequest } from '@/lib/kafka/quorum';
import { KafkaResponseError } from '@/lib/kafka/wire';
import { TAGS, bool, carr, cat, ci32s, cstr, hex, i16, i32, i64, tags, u16 } from './bytes';

const encoded = async (r: { request: { encode(): Promise<{ buffer: Buffer }> } }) => hex((await r.request.encode()).buffer);
const UUID = Buffer.from('bcb2c042ef9f461282cfa1b6d626fd84', 'hex');

describe('Metadata v10-13', () => {
  it('asks for all topics without auto-creation', async () => {
    // header tags | topics=null | allow_auto_topic_creation | include_topic_authorized_operations | tags
    expect(await encoded(metadataRequest(12))).toBe('0000000000');
    expect(await encoded(metadataRequest(13))).toBe('0000000000');
    // v10 still has include_cluster_authorized_operations before the topic one
    expect(await encoded(metadataRequest(10))).toBe('000000000000');
  });

  const broker = (id: number, port: number, rack: string | null) => cat(i32(id), cstr('127.0.0.1'), i32(port), cstr(rack), TAGS);
  const partition = (err: number, idx: number, leader: number, epoch: number, replicas: number[], isr: number[], offline: number[]) =>
    cat(i16(err), i32(idx), i32(leader), i32(epoch), ci32s(replicas), ci32s(isr), ci32s(offline), TAGS);
  const topics = carr([
    cat(i16(0), cstr('rf3'), Buffer.alloc(16, 1), bool(false),
      carr([partition(0, 1, 3, 0, [3, 1, 2], [3, 2], [1]), partition(0, 0, 2, 7, [2, 3, 1], [2, 3], [1])]),
      i32(-2147483648), TAGS),
    cat(i16(0), cstr('rf1'), UUID, bool(false),
      carr([partition(5, 0, -1, 2, [1], [], [1])]),
      i32(-2147483648), tags([0, Buffer.from('future field')])),
  ]);
  const head = cat(TAGS, i32(0), carr([broker(2, 9093, 'r2'), broker(1, 9092, null)]), cstr('cluster-x'), i32(2));

  it('decodes brokers with racks and keeps leaderless partitions (v12)', async () => {
    const m = await metadataRequest(12).response.decode(cat(head, topics, TAGS));
    expect(m).toEqual({
      clusterId: 'cluster-x',
      metadataControllerId: 2,
      brokers: [
        { id: 1, host: '127.0.0.1', port: 9092, rack: null },
        { id: 2, host: '127.0.0.1', port: 9093, rack: 'r2' },
      ],
      topics: [
        {
          name: 'rf1', topicId: 'vLLAQu-fRhKCz6G21ib9hA', internal: false, errorCode: 0,
          partitions: [{ partition: 0, leader: -1, leaderEpoch: 2, replicas: [1], isr: [], offlineReplicas: [1], errorCode: 5 }],
        },
        {
          name: 'rf3', topicId: 'AQEBAQEBAQEBAQEBAQEBAQ', internal: false, errorCode: 0,
          partitions: [
            { partition: 0, leader: 2, leaderEpoch: 7, replicas: [2, 3, 1], isr: [2, 3], offlineReplicas: [1], errorCode: 0 },
            { partition: 1, leader: 3, leaderEpoch: 0, replicas: [3, 1, 2], isr: [3, 2], offlineReplicas: [1], errorCode: 0 },
          ],
        },
      ],
    });
  });

  it('reads the v10 cluster_authorized_operations and the v13 top-level error code', async () => {
    const v10 = await metadataRequest(10).response.decode(cat(head, topics, i32(-2147483648), TAGS));
    expect(v10).toMatchObject({ clusterId: 'cluster-x', topics: [{ name: 'rf1' }, { name: 'rf3' }] });
    const v13 = await metadataRequest(13).response.decode(cat(head, topics, i16(0), TAGS));
    expect(v13).toEqual(v10);
    await expect(metadataRequest(13).response.decode(cat(head, topics, i16(29), TAGS))).rejects.toThrow(
      /Metadata failed: TOPIC_AUTHORIZATION_FAILED \(29\)/,
    );
  });

  it('fails cleanly on a truncated response', async () => {
    await expect(metadataRequest(12).response.decode(cat(head, topics).subarray(0, 60))).rejects.toThrow(RangeError);
  });
});

describe('DescribeQuorum v0-2', () => {
  it('asks about __cluster_metadata partition 0', async () => {
    // header tags | topics[1]: name, partitions[1]: {index 0, tags}, tags | tags
    const want = cat(TAGS, carr([cat(cstr('__cluster_metadata'), carr([cat(i32(0), TAGS)]), TAGS)]), TAGS);
    expect(want.length).toBe(1 + 1 + 19 + 1 + 4 + 1 + 1 + 1);
    for (const v of [0, 1, 2]) expect(await encoded(describeQuorumRequest(v))).toBe(hex(want));
  });

  // voter 3 has the all-zero directory id of a statically configured voter
  const replica = (v: number, id: number, leo: number, fetch: number, caught: number) =>
    cat(i32(id), v >= 2 ? Buffer.alloc(16, id === 3 ? 0 : id) : Buffer.alloc(0), i64(leo), v >= 1 ? cat(i64(fetch), i64(caught)) : Buffer.alloc(0), TAGS);
  const response = (v: number, err = 0, partErr = 0) => {
    const msg = (m: string | null) => (v >= 2 ? cstr(m) : Buffer.alloc(0));
    const part = cat(i32(0), i16(partErr), msg(partErr ? 'no leader yet' : null), i32(3), i32(8), i64(420),
      carr([replica(v, 1, 420, 1700000000000, 1700000000001), replica(v, 3, 420, -1, 1700000000002)]),
      carr([replica(v, 4, 400, 5, 6)]), TAGS);
    const listener = (name: string, host: string, port: number) => cat(cstr(name), cstr(host), u16(port), TAGS);
    const nodes = v >= 2 ? carr([
      cat(i32(3), carr([listener('CONTROLLER', 'localhost', 19193), listener('SSL', '::1', 9093)]), TAGS),
      cat(i32(1), carr([listener('CONTROLLER', 'localhost', 59192)]), TAGS), // a port above 32767: uint16
    ]) : Buffer.alloc(0);
    return cat(TAGS, i16(err), msg(err ? 'boom' : null), carr([cat(cstr('__cluster_metadata'), carr([part]), TAGS)]), nodes, TAGS);
  };

  it('decodes leader, voters and observers (v2, with directory ids and nodes)', async () => {
    expect(await describeQuorumRequest(2).response.decode(response(2))).toEqual({
      leaderId: 3,
      leaderEpoch: 8,
      highWatermark: 420n,
      voters: [
        { replicaId: 1, directoryId: 'AQEBAQEBAQEBAQEBAQEBAQ', logEndOffset: 420n, lastFetchTimestamp: 1700000000000, lastCaughtUpTimestamp: 1700000000001 },
        { replicaId: 3, directoryId: null, logEndOffset: 420n, lastFetchTimestamp: null, lastCaughtUpTimestamp: 1700000000002 },
      ],
      observers: [{ replicaId: 4, directoryId: 'BAQEBAQEBAQEBAQEBAQEBA', logEndOffset: 400n, lastFetchTimestamp: 5, lastCaughtUpTimestamp: 6 }],
      nodes: [
        { nodeId: 1, listeners: [{ name: 'CONTROLLER', host: 'localhost', port: 59192 }] },
        { nodeId: 3, listeners: [{ name: 'CONTROLLER', host: 'localhost', port: 19193 }, { name: 'SSL', host: '::1', port: 9093 }] },
      ],
    });
  });

  it('decodes v0 (no timestamps) and v1', async () => {
    const v0 = await describeQuorumRequest(0).response.decode(response(0));
    expect(v0).toMatchObject({ leaderId: 3, voters: [{ replicaId: 1, directoryId: null, lastFetchTimestamp: null }, { replicaId: 3 }], nodes: [] });
    const v1 = await describeQuorumRequest(1).response.decode(response(1));
    expect(v1).toMatchObject({ voters: [{ lastFetchTimestamp: 1700000000000 }, { lastFetchTimestamp: null }] });
  });

  it('turns top-level and partition errors into KafkaResponseError', async () => {
    await expect(describeQuorumRequest(2).response.decode(response(2, 41))).rejects.toThrow(
      /DescribeQuorum failed: NOT_CONTROLLER \(41\) boom/,
    );
    const p = describeQuorumRequest(2).response.decode(response(2, 0, 5));
    await expect(p).rejects.toBeInstanceOf(KafkaResponseError);
    await expect(describeQuorumRequest(2).response.decode(response(2, 0, 5))).rejects.toThrow(/__cluster_metadata-0: LEADER_NOT_AVAILABLE \(5\) no leader yet/);
  });
});

describe('DescribeLogDirs v2-4', () => {
  it('asks about every partition', async () => {
    // header tags | topics=null | tags
    for (const v of [2, 3, 4]) expect(await encoded(describeLogDirsRequest(v))).toBe('000000');
  });

  const part = (idx: number, size: number, lag: number, future: boolean) => cat(i32(idx), i64(size), i64(lag), bool(future), TAGS);
  const dir = (v: number, path: string, err: number, topics: Buffer[]) =>
    cat(i16(err), cstr(path), carr(topics), v >= 4 ? cat(i64(1000), i64(err ? -1 : 600)) : Buffer.alloc(0), TAGS);
  const response = (v: number, err = 0) =>
    cat(TAGS, i32(0), v >= 3 ? i16(err) : Buffer.alloc(0), carr([
      dir(v, '/data/b', 0, [cat(cstr('rf3'), carr([part(2, 89, 0, false), part(0, 117, 3, true)]), TAGS), cat(cstr('rf1'), carr([part(0, 121, 0, false)]), TAGS)]),
      dir(v, '/data/a', 57, []),
    ]), TAGS);

  it('decodes sizes, lags and volume totals (v4)', async () => {
    expect(await describeLogDirsRequest(4).response.decode(response(4))).toEqual([
      { path: '/data/a', errorCode: 57, totalBytes: 1000n, usableBytes: null, partitions: [] },
      {
        path: '/data/b', errorCode: 0, totalBytes: 1000n, usableBytes: 600n,
        partitions: [
          { topic: 'rf1', partition: 0, size: 121n, offsetLag: 0n, isFuture: false },
          { topic: 'rf3', partition: 0, size: 117n, offsetLag: 3n, isFuture: true },
          { topic: 'rf3', partition: 2, size: 89n, offsetLag: 0n, isFuture: false },
        ],
      },
    ]);
  });

  it('decodes v2/v3 without totals and fails on a v3 top-level error', async () => {
    for (const v of [2, 3]) {
      const dirs = await describeLogDirsRequest(v).response.decode(response(v));
      expect(dirs).toMatchObject([{ path: '/data/a', totalBytes: null }, { path: '/data/b', totalBytes: null, usableBytes: null }]);
    }
    await expect(describeLogDirsRequest(3).response.decode(response(3, 31))).rejects.toThrow(
      /DescribeLogDirs failed: CLUSTER_AUTHORIZATION_FAILED \(31\)/,
    );
  });
});
