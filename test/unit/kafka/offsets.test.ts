import { describe, expect, it } from 'vitest';
import { KafkaTimeoutError, type BrokerConnections } from '@/lib/kafka/connection';
import type { ProtocolRequest } from '@/lib/kafka/internals';
import type { ListedOffset } from '@/lib/kafka/list-offsets';
import { listOffsets, mergeOffsets } from '@/lib/kafka/offsets';
import type { ClusterMetadata, PartitionInfo } from '@/lib/kafka/types';
import { TAGS, carr, cat, cstr, hex, i16, i32, i64, uvar } from './bytes';

const part = (partition: number, leader: number, errorCode = 0): PartitionInfo => ({
  partition, leader, leaderEpoch: partition === 2 ? null : 4 + partition, replicas: [leader], isr: [leader], offlineReplicas: [], errorCode,
});

const meta: ClusterMetadata = {
  clusterId: 'c',
  metadataControllerId: 1,
  brokers: [1, 2, 3].map((id) => ({ id, host: '127.0.0.1', port: 9091 + id, rack: null })),
  topics: [
    { name: 'rf1', topicId: null, internal: false, errorCode: 0, partitions: [{ ...part(0, -1, 5), offlineReplicas: [1] }] },
    { name: 'rf3', topicId: null, internal: false, errorCode: 0, partitions: [part(0, 2), part(1, 3), part(2, 2), part(3, 9)] },
    { name: 'slow', topicId: null, internal: false, errorCode: 0, partitions: [part(0, 1)] },
  ],
};

describe('listOffsets (per leader, through the ListOffsets v6-10 codec)', () => {
  it('merges earliest and latest, keeping per-partition errors and the latest answer\'s leader epoch', () => {
    const asked = [{ topic: 't', partitions: [0, 1, 2].map((partition) => ({ partition, currentLeaderEpoch: 3 })) }];
    const o = (partition: number, errorCode: number, offset: bigint | null, leaderEpoch: number | null): ListedOffset => ({ topic: 't', partition, errorCode, offset, leaderEpoch });
    const e = [o(0, 0, 3n, 1), o(1, 0, 0n, 0)];
    const l = [o(0, 0, 9007199254740993n, 3), o(1, 74, null, null)];
    expect(mergeOffsets(asked, e, l)).toEqual([
      { topic: 't', partition: 0, startOffset: 3n, endOffset: 9007199254740993n, errorCode: 0, leaderEpoch: 3 },
      { topic: 't', partition: 1, startOffset: 0n, endOffset: null, errorCode: 74, leaderEpoch: null },
      { topic: 't', partition: 2, startOffset: null, endOffset: null, errorCode: 13, leaderEpoch: null },
    ]);
  });

  it('groups by leader, asks leaders in parallel and turns failures into nulls', async () => {
    const sent: { address: string; version: number; body: string }[] = [];
    const fake = {
      requestTimeoutMs: 2500,
      async send<T>(address: string, build: (v: unknown) => ProtocolRequest<T>): Promise<T> {
        const req = build({ 2: { minVersion: 1, maxVersion: 10 } });
        sent.push({ address, version: req.request.apiVersion, body: hex((await req.request.encode()).buffer) });
        if (address.endsWith(':9092')) throw new KafkaTimeoutError('ListOffsets v3 to 127.0.0.1:9092 timed out after 3000ms');
        if (address.endsWith(':9094')) throw new Error('connect ECONNREFUSED 127.0.0.1:9094');
        const latest = !sent.at(-1)?.body.includes(hex(i64(-2)));
        // partition | error | timestamp | offset | leader_epoch | tags
        const offsets = (p: number) => cat(i32(p), i16(0), i64(-1), i64(p * 10 + (latest ? 5 : 0)), i32(latest ? 4 + p : 1), TAGS);
        return (await req.response.decode(cat(TAGS, i32(0), carr([cat(cstr('rf3'), carr([offsets(0), offsets(2)]), TAGS)]), TAGS))) as T;
      },
    } as unknown as BrokerConnections;
    const out = await listOffsets(fake, meta);
    expect(out).toEqual([
      { topic: 'rf1', partition: 0, startOffset: null, endOffset: null, errorCode: 5, leaderEpoch: null },
      { topic: 'rf3', partition: 0, startOffset: 0n, endOffset: 5n, errorCode: 0, leaderEpoch: 4 },
      { topic: 'rf3', partition: 1, startOffset: null, endOffset: null, errorCode: 13, leaderEpoch: null },
      { topic: 'rf3', partition: 2, startOffset: 20n, endOffset: 25n, errorCode: 0, leaderEpoch: 6 },
      { topic: 'rf3', partition: 3, startOffset: null, endOffset: null, errorCode: 5, leaderEpoch: null },
      { topic: 'slow', partition: 0, startOffset: null, endOffset: null, errorCode: 7, leaderEpoch: null },
    ]);
    // two requests (earliest, latest) per reachable leader id 1,2,3; none for leader -1 or unknown broker 9
    expect(sent.map((s) => s.address).sort()).toEqual(['127.0.0.1:9092', '127.0.0.1:9092', '127.0.0.1:9093', '127.0.0.1:9093', '127.0.0.1:9094', '127.0.0.1:9094']);
    expect(new Set(sent.map((s) => s.version))).toEqual(new Set([10]));
    // leader 2 gets rf3 partitions 0 and 2 in one request, with their leader epochs (none known for 2)
    const toLeader2 = sent.find((s) => s.address.endsWith(':9093'))?.body ?? '';
    expect(toLeader2).toContain(hex(cat(cstr('rf3'), uvar(2 + 1), i32(0), i32(4))));
    expect(toLeader2).toContain(hex(cat(i32(2), i32(-1))));
    expect(toLeader2.endsWith(hex(cat(i32(2500), TAGS)))).toBe(true);
  });
});
