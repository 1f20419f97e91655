// Fetch v12 against fixtures built from Kafka 4.1's FetchRequest/FetchResponse.json, and
// peekRecords' one-Fetch-per-leader plan with a fake connection pool.
import { describe, expect, it } from 'vitest';
import { KafkaTimeoutError, type BrokerConnections } from '@/lib/kafka/connection';
import { fetchRequest } from '@/lib/kafka/fetch';
import type { ProtocolRequest } from '@/lib/kafka/internals';
import { peekRecords } from '@/lib/kafka/peek';
import type { ClusterMetadata, PartitionInfo } from '@/lib/kafka/types';
import { TAGS, carr, cat, cbytes, cstr, hex, i16, i32, i64, i8, tags } from './bytes';
import { batch, records } from './record-batches';

const encoded = async (r: { request: { encode(): Promise<{ buffer: Buffer }> } }) => hex((await r.request.encode()).buffer);
const T = 1_700_000_000_000;
const limits = { partitionMaxBytes: 16384, maxBytes: 1048576 };

// partition | current_leader_epoch | fetch_offset | last_fetched_epoch | log_start_offset | partition_max_bytes | tags
const fetchPartition = (p: number, epoch: number, offset: bigint) => cat(i32(p), i32(epoch), i64(offset), i32(-1), i64(-1), i32(16384), TAGS);
// partition | error | high_watermark | last_stable_offset | log_start_offset | aborted_transactions | preferred_read_replica | records | tags
const answer = (p: number, err: number, hw: number, lso: number, lstart: number, aborted: Buffer[] | null, data: Buffer | null, tagged: Buffer = TAGS) =>
  cat(i32(p), i16(err), i64(hw), i64(lso), i64(lstart), carr(aborted), i32(-1), cbytes(data), tagged);
const response = (topics: [string, Buffer[]][], err = 0) =>
  cat(TAGS, i32(0), i16(err), i32(0), carr(topics.map(([t, ps]) => cat(cstr(t), carr(ps), TAGS))), TAGS);

describe('Fetch v12', () => {
  it('asks sessionless, read_committed, at once, with leader epochs and byte limits', async () => {
    const req = fetchRequest(12, [
      { topic: 'rf3', partitions: [{ partition: 0, currentLeaderEpoch: 7, fetchOffset: 42n }, { partition: 2, currentLeaderEpoch: null, fetchOffset: 0n }] },
    ], limits);
    expect(req.request).toMatchObject({ apiKey: 1, apiVersion: 12, apiName: 'Fetch' });
    // header tags | replica_id | max_wait_ms | min_bytes | max_bytes | isolation_level | session_id | session_epoch
    // | topics | forgotten_topics_data | rack_id | tags
    const want = cat(TAGS, i32(-1), i32(0), i32(0), i32(1048576), i8(1), i32(0), i32(-1),
      carr([cat(cstr('rf3'), carr([fetchPartition(0, 7, 42n), fetchPartition(2, -1, 0n)]), TAGS)]), carr([]), cstr(''), TAGS);
    expect(await encoded(req)).toBe(hex(want));
  });

  it('decodes partitions with errors, aborted transactions, null records and tagged fields', async () => {
    const data = batch({ baseOffset: 5n, baseTimestamp: T, records: records(0) });
    const currentLeader = tags([1, cat(i32(3), i32(9), TAGS)]);
    const raw = response([['rf3', [
      answer(0, 0, 10, 8, 2, [cat(i64(1000), i64(6), TAGS)], data),
      answer(1, 6, -1, -1, -1, null, null, currentLeader),
    ]]]);
    expect(await fetchRequest(12, [], limits).response.decode(raw)).toEqual({
      errorCode: 0,
      partitions: [
        { topic: 'rf3', partition: 0, errorCode: 0, highWatermark: 10n, lastStableOffset: 8n, logStartOffset: 2n, abortedTransactions: [{ producerId: 1000n, firstOffset: 6n }], records: data },
        { topic: 'rf3', partition: 1, errorCode: 6, highWatermark: null, lastStableOffset: null, logStartOffset: null, abortedTransactions: [], records: Buffer.alloc(0) },
      ],
    });
  });
});

describe('peekRecords', () => {
  const part = (partition: number, leader: number, leaderEpoch: number | null = 4): PartitionInfo => ({
    partition, leader, leaderEpoch, replicas: [1, 2, 3], isr: [1, 2, 3], offlineReplicas: [], errorCode: leader < 0 ? 5 : 0,
  });
  const meta: ClusterMetadata = {
    clusterId: 'c', metadataControllerId: 1,
    brokers: [1, 2, 3].map((id) => ({ id, host: '127.0.0.1', port: 9091 + id, rack: null })),
    topics: [
      { name: 'a', topicId: null, internal: false, errorCode: 0, partitions: [part(0, 1), part(1, 2), part(2, -1)] },
      { name: 'b', topicId: null, internal: false, errorCode: 0, partitions: [part(0, 1, null), part(1, 3)] },
    ],
  };

  it('sends one Fetch per leader (more only for a partition wanted at several offsets) and keeps the order', async () => {
    const sent: { address: string; body: string }[] = [];
    const conns = {
      async send<T>(address: string, build: (v: unknown) => ProtocolRequest<T>): Promise<T> {
        const req = build({ 1: { minVersion: 4, maxVersion: 17 } });
        const body = hex((await req.request.encode()).buffer);
        sent.push({ address, body });
        if (address.endsWith(':9094')) throw new KafkaTimeoutError('Fetch v12 to 127.0.0.1:9094 timed out after 3000ms');
        if (address.endsWith(':9093')) return (await req.response.decode(response([], 70))) as T;
        // leader 1: a answers for both offsets in turn, b-0 is empty at the high watermark
        const second = body.includes(hex(i64(7)));
        const aData = batch({ baseOffset: second ? 7n : 3n, baseTimestamp: second ? T + 7 : T + 3, records: records(0) });
        return (await req.response.decode(response([
          ['a', [answer(0, 0, 9, 9, 0, [], aData)]],
          ['b', [answer(0, 0, 4, 4, 0, [], null)]],
        ]))) as T;
      },
    } as unknown as BrokerConnections;
    const out = await peekRecords(conns, meta, [
      { topic: 'a', partition: 0, offset: 3n },
      { topic: 'a', partition: 2, offset: 0n },
      { topic: 'b', partition: 0, offset: 4n },
      { topic: 'a', partition: 0, offset: 7n },
      { topic: 'a', partition: 1, offset: 0n },
      { topic: 'b', partition: 1, offset: 0n },
      { topic: 'nope', partition: 0, offset: 0n },
      { topic: 'a', partition: 0, offset: 3n },
    ]);
    expect(out.map((r) => [r.topic, r.partition, r.fetchOffset, r.kind, r.kind === 'record' ? r.timestamp : r.kind === 'error' ? r.error : r.kind === 'none' ? r.reason : ''])).toEqual([
      ['a', 0, 3n, 'record', T + 3],
      ['a', 2, 0n, 'error', 'LEADER_NOT_AVAILABLE (5)'],
      ['b', 0, 4n, 'none', 'end-of-log'],
      ['a', 0, 7n, 'record', T + 7],
      ['a', 1, 0n, 'error', 'FETCH_SESSION_ID_NOT_FOUND (70)'],
      ['b', 1, 0n, 'error', 'Fetch v12 to 127.0.0.1:9094 timed out after 3000ms'],
      ['nope', 0, 0n, 'error', 'UNKNOWN_TOPIC_OR_PARTITION (3)'],
      ['a', 0, 3n, 'record', T + 3],
    ]);
    expect(out[4]).toMatchObject({ kind: 'error', errorCode: 70 });
    expect(out[5]).toMatchObject({ kind: 'error', errorCode: 7 });
    // leader 1 twice (a-0 at 3 with b-0, then a-0 at 7), leaders 2 and 3 once, none for the leaderless one
    expect(sent.map((s) => s.address).sort()).toEqual(['127.0.0.1:9092', '127.0.0.1:9092', '127.0.0.1:9093', '127.0.0.1:9094']);
    const first = sent.find((s) => s.address.endsWith(':9092') && !s.body.includes(hex(i64(7))))?.body ?? '';
    expect(first).toContain(hex(cat(cstr('a'), carr([fetchPartition(0, 4, 3n)]), TAGS, cstr('b'), carr([fetchPartition(0, -1, 4n)]), TAGS)));
  });

  it('reports a broker without Fetch v12 per partition instead of throwing', async () => {
    const conns = {
      async send<T>(_address: string, build: (v: unknown) => ProtocolRequest<T>): Promise<T> {
        return build({ 1: { minVersion: 4, maxVersion: 11 } }) as never;
      },
    } as unknown as BrokerConnections;
    expect(await peekRecords(conns, meta, [{ topic: 'a', partition: 1, offset: 0n }])).toMatchObject([
      { kind: 'error', errorCode: 35, error: 'broker does not support Fetch v12-v12 (it supports v4-v11)' },
    ]);
  });
});
