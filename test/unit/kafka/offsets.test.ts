import { describe, expect, it } from 'vitest';
import { KafkaTimeoutError, type BrokerConnections } from '@/lib/kafka/connection';
import type { ProtocolRequest } from '@/lib/kafka/internals';
import { listOffsets, listOffsetsRequest, mergeOffsets } from '@/lib/kafka/offsets';
import type { ClusterMetadata, PartitionInfo } from '@/lib/kafka/types';
import { arr, cat, hex, i16, i32, i64, i8, str } from './bytes';

const part = (partition: number, leader: number, errorCode = 0): PartitionInfo => ({
  partition, leader, leaderEpoch: 0, replicas: [leader], isr: [leader], offlineReplicas: [], errorCode,
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

describe('ListOffsets (kafkajs v1-3 encoder, tolerant parse)', () => {
  it('encodes v3 per the spec', async () => {
    const req = listOffsetsRequest(3, -2, [{ topic: 'rf3', partitions: [0, 2] }]);
    expect(req.request).toMatchObject({ apiKey: 2, apiVersion: 3 });
    // replica_id | isolation_level | [topic [partition timestamp]]
    const want = cat(i32(-1), i8(0), arr([cat(str('rf3'), arr([cat(i32(0), i64(-2)), cat(i32(2), i64(-2))]))]));
    expect(hex((await req.request.encode()).buffer)).toBe(hex(want));
  });

  it('decodes partition errors without throwing', async () => {
    const req = listOffsetsRequest(3, -1, [{ topic: 'rf3', partitions: [0, 1] }]);
    const raw = cat(i32(0), arr([cat(str('rf3'), arr([cat(i32(0), i16(0), i64(-1), i64(4)), cat(i32(1), i16(6), i64(-1), i64(-1))]))]));
    const decoded = await req.response.parse(await req.response.decode(raw));
    expect(decoded.responses[0]?.partitions).toMatchObject([{ partition: 0, errorCode: 0, offset: '4' }, { partition: 1, errorCode: 6 }]);
  });

  it('merges earliest and latest, keeping per-partition errors', () => {
    const asked = [{ topic: 't', partitions: [0, 1, 2] }];
    const e = { responses: [{ topic: 't', partitions: [{ partition: 0, errorCode: 0, offset: '3' }, { partition: 1, errorCode: 0, offset: '0' }] }] };
    const l = { responses: [{ topic: 't', partitions: [{ partition: 0, errorCode: 0, offset: '9007199254740993' }, { partition: 1, errorCode: 6, offset: '-1' }] }] };
    expect(mergeOffsets(asked, e, l)).toEqual([
      { topic: 't', partition: 0, startOffset: 3n, endOffset: 9007199254740993n, errorCode: 0 },
      { topic: 't', partition: 1, startOffset: 0n, endOffset: null, errorCode: 6 },
      { topic: 't', partition: 2, startOffset: null, endOffset: null, errorCode: 13 },
    ]);
  });

  it('groups by leader, asks leaders in parallel and turns failures into nulls', async () => {
    const sent: { address: string; version: number; body: string }[] = [];
    const fake = {
      async send<T>(address: string, build: (v: unknown) => ProtocolRequest<T>): Promise<T> {
        const req = build({ 2: { minVersion: 1, maxVersion: 10 } });
        sent.push({ address, version: req.request.apiVersion, body: hex((await req.request.encode()).buffer) });
        if (address.endsWith(':9092')) throw new KafkaTimeoutError('ListOffsets v3 to 127.0.0.1:9092 timed out after 3000ms');
        if (address.endsWith(':9094')) throw new Error('connect ECONNREFUSED 127.0.0.1:9094');
        const latest = !sent.at(-1)?.body.includes(hex(i64(-2)));
        const offsets = (p: number) => ({ partition: p, errorCode: 0, offset: String(p * 10 + (latest ? 5 : 0)) });
        return { responses: [{ topic: 'rf3', partitions: [offsets(0), offsets(2)] }] } as T;
      },
    } as unknown as BrokerConnections;
    const out = await listOffsets(fake, meta);
    expect(out).toEqual([
      { topic: 'rf1', partition: 0, startOffset: null, endOffset: null, errorCode: 5 },
      { topic: 'rf3', partition: 0, startOffset: 0n, endOffset: 5n, errorCode: 0 },
      { topic: 'rf3', partition: 1, startOffset: null, endOffset: null, errorCode: 13 },
      { topic: 'rf3', partition: 2, startOffset: 20n, endOffset: 25n, errorCode: 0 },
      { topic: 'rf3', partition: 3, startOffset: null, endOffset: null, errorCode: 5 },
      { topic: 'slow', partition: 0, startOffset: null, endOffset: null, errorCode: 7 },
    ]);
    // two requests (earliest, latest) per reachable leader id 1,2,3; none for leader -1 or unknown broker 9
    expect(sent.map((s) => s.address).sort()).toEqual(['127.0.0.1:9092', '127.0.0.1:9092', '127.0.0.1:9093', '127.0.0.1:9093', '127.0.0.1:9094', '127.0.0.1:9094']);
    expect(new Set(sent.map((s) => s.version))).toEqual(new Set([3]));
    // leader 2 gets rf3 partitions 0 and 2 in one request
    const toLeader2 = sent.find((s) => s.address.endsWith(':9093'))?.body ?? '';
    expect(toLeader2).toContain(hex(cat(str('rf3'), i32(2), i32(0))));
  });
});
