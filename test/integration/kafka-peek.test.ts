// Peek (Fetch v12) and ListOffsets (v6-10) on a real 3-node Kafka 4.1 cluster, checked against
// Kafka's own console consumer, GetOffsetShell and DeleteRecordsCommand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import kafkajs, { type Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { KafkaProbe, type ClusterMetadata, type PeekResult, type PeekWanted } from '@/lib/kafka';
import { BrokerConnections } from '@/lib/kafka/connection';
import { fetchRequest } from '@/lib/kafka/fetch';
import { readBatches } from '@/lib/kafka/record-batch';
import { eventually, testCluster } from '../support/cluster';

const { Kafka, logLevel, CompressionTypes } = kafkajs;
const id = Date.now().toString(36);
const TOPIC = `peek-${id}`;
const TX_TOPIC = `peek-tx-${id}`;
const PLAIN = 6; // records per partition in an uncompressed batch, then as many in a gzip batch
// Recent enough for time retention (7 days) not to delete them; out of order on purpose.
const BASE = Date.now() - 3_600_000;
const stamp = (p: number, i: number) => BASE + p * 100_000 + ((i * 7919) % 5000);

const only = (meta: ClusterMetadata, ...topics: string[]): ClusterMetadata => ({ ...meta, topics: meta.topics.filter((t) => topics.includes(t.name)) });
const key = (r: { topic: string; partition: number }) => `${r.topic}-${r.partition}`;
const big = (_: string, v: unknown) => (typeof v === 'bigint' ? String(v) : v);
/** kill -9 returns once the JVM's memory is gone, but its listening sockets close a moment later. */
const restart = (cluster: LocalCluster, node: number) =>
  eventually(() => cluster.restart(node).then(() => true, (e: Error) => (/already in use/.test(e.message) ? false : Promise.reject(e))), `node ${node} restarted`, 20_000, 200);

describe('peek and ListOffsets on a real cluster', () => {
  let cluster: LocalCluster;
  let probe: KafkaProbe;
  let producer: Producer;
  let kafka: InstanceType<typeof Kafka>;
  const wantedAll = (offsets: number[]): PeekWanted[] =>
    [0, 1, 2].flatMap((partition) => offsets.map((o) => ({ topic: TOPIC, partition, offset: BigInt(o) })));

  beforeAll(async () => {
    cluster = await testCluster();
    kafka = new Kafka({ clientId: 'peek-test', brokers: cluster.brokers(), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 3, replicationFactor: 3 }, { topic: TX_TOPIC, numPartitions: 1, replicationFactor: 3 }], waitForLeaders: true });
    await admin.disconnect();
    producer = kafka.producer();
    await producer.connect();
    for (const compression of [CompressionTypes.None, CompressionTypes.GZIP]) {
      const first = compression === CompressionTypes.None ? 0 : PLAIN;
      const messages = [0, 1, 2].flatMap((partition) =>
        Array.from({ length: PLAIN }, (_, j) => ({ partition, value: `v${first + j}`, timestamp: String(stamp(partition, first + j)) })),
      );
      await producer.send({ topic: TOPIC, compression, messages }); // one batch per partition
    }
    probe = new KafkaProbe({ brokers: cluster.brokers() });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await probe?.close();
  });

  it('gives the timestamp the console consumer prints, in plain and gzip batches', async () => {
    const tool = await cluster.runTool('console-consumer', [
      '--topic', TOPIC, '--from-beginning', '--max-messages', String(3 * 2 * PLAIN), '--timeout-ms', '30000',
      '--property', 'print.timestamp=true', '--property', 'print.partition=true', '--property', 'print.offset=true',
    ]);
    expect(tool.code, tool.stderr).toBe(0);
    // CreateTime:1764423000000<TAB>Partition:0<TAB>Offset:3<TAB>v3
    const printed = new Map<string, number>();
    for (const m of tool.stdout.matchAll(/^CreateTime:(-?\d+)\tPartition:(\d+)\tOffset:(\d+)\t/gm)) printed.set(`${m[2]}/${m[3]}`, Number(m[1]));
    expect(printed.size).toBe(3 * 2 * PLAIN);
    const meta = await probe.fetchMetadata();
    const peeked = await probe.peekRecords(meta, wantedAll([0, 2, PLAIN - 1, PLAIN, PLAIN + 3, 2 * PLAIN - 1]));
    for (const r of peeked) {
      expect(r, key(r)).toMatchObject({ kind: 'record', offset: r.fetchOffset, timestampType: 'create', highWatermark: BigInt(2 * PLAIN) });
      if (r.kind === 'record') expect(r.timestamp, `${key(r)}@${r.offset}`).toBe(printed.get(`${r.partition}/${r.offset}`));
    }
    // the second batch of each partition really is gzip-compressed
    const leader = meta.brokers.find((b) => b.id === meta.topics.find((t) => t.name === TOPIC)?.partitions[0]?.leader)!;
    const conns = new BrokerConnections({ brokers: cluster.brokers() });
    try {
      const query = [{ topic: TOPIC, partitions: [{ partition: 0, currentLeaderEpoch: null, fetchOffset: 0n }] }];
      const raw = await conns.send(`${leader.host}:${leader.port}`, () => fetchRequest(12, query, { partitionMaxBytes: 65536, maxBytes: 65536 }));
      expect(readBatches(raw.partitions[0]!.records).batches.map((b) => [b.baseOffset, b.compression])).toEqual([[0n, 'none'], [BigInt(PLAIN), 'gzip']]);
    } finally {
      await conns.closeAll();
    }
    // and they are the timestamps we produced
    expect(peeked.map((r) => (r.kind === 'record' ? r.timestamp : null))).toEqual(peeked.map((r) => stamp(r.partition, Number(r.fetchOffset))));
  });

  it('finds nothing to consume at a commit marker and skips an aborted transaction', async () => {
    const tx = kafka.producer({ transactionalId: `peek-tx-${id}`, idempotent: true, maxInFlightRequests: 1 });
    await tx.connect();
    try {
      const aborted = await tx.transaction();
      await aborted.send({ topic: TX_TOPIC, messages: [{ value: 'aborted', timestamp: String(BASE) }] });
      await aborted.abort(); // offsets 0 (data) and 1 (ABORT marker)
      const committed = await tx.transaction();
      await committed.send({ topic: TX_TOPIC, messages: [{ value: 'committed', timestamp: String(BASE + 1) }] });
      await committed.commit(); // offsets 2 (data) and 3 (COMMIT marker)
    } finally {
      await tx.disconnect();
    }
    // Markers are written after EndTxn returns; wait until the high watermark is past the last one.
    const meta = only(await probe.fetchMetadata(), TX_TOPIC);
    await eventually(async () => (await probe.listOffsets(meta))[0]?.endOffset === 4n, 'the commit marker below the high watermark', 20_000, 200);
    const [atAborted, atMarker, atEnd] = await probe.peekRecords(meta, [0n, 3n, 4n].map((offset) => ({ topic: TX_TOPIC, partition: 0, offset })));
    expect(atAborted).toMatchObject({ kind: 'record', offset: 2n, timestamp: BASE + 1 });
    expect(atMarker).toMatchObject({ kind: 'none', scannedTo: 4n, highWatermark: 4n, lastStableOffset: 4n, reason: 'end-of-log' });
    expect(atEnd).toMatchObject({ kind: 'none', scannedTo: 4n, reason: 'end-of-log' });
  });

  it('reports OFFSET_OUT_OF_RANGE below the log start after kafka-delete-records', async () => {
    const file = path.join(os.tmpdir(), `peek-delete-${id}.json`);
    fs.writeFileSync(file, JSON.stringify({ version: 1, partitions: [{ topic: TOPIC, partition: 1, offset: 3 }] }));
    try {
      const tool = await cluster.runTool('delete-records', ['--offset-json-file', file]);
      expect(tool.code, tool.stderr).toBe(0);
    } finally {
      fs.rmSync(file, { force: true });
    }
    const meta = await probe.fetchMetadata();
    const [below, at] = await probe.peekRecords(meta, [2n, 3n].map((offset) => ({ topic: TOPIC, partition: 1, offset })));
    expect(below).toMatchObject({ kind: 'error', errorCode: 1, error: 'OFFSET_OUT_OF_RANGE (1)' });
    expect(at).toMatchObject({ kind: 'record', offset: 3n, timestamp: stamp(1, 3), logStartOffset: 3n });
  });

  it('lists the earliest and latest offsets kafka-get-offsets prints, with the leader epoch', async () => {
    const meta = only(await probe.fetchMetadata(), TOPIC, TX_TOPIC);
    const ours = await probe.listOffsets(meta);
    const shell = async (time: string) => {
      const tool = await cluster.runTool('get-offsets', ['--topic-partitions', `${TOPIC},${TX_TOPIC}`, '--time', time]);
      expect(tool.code, tool.stderr).toBe(0);
      return tool.stdout.trim().split('\n').map((l) => l.trim()).sort(); // topic:partition:offset
    };
    const row = (offset: (o: (typeof ours)[number]) => bigint | null) => ours.map((o) => `${o.topic}:${o.partition}:${offset(o)}`).sort();
    expect(row((o) => o.startOffset)).toEqual(await shell('-2'));
    expect(row((o) => o.endOffset)).toEqual(await shell('-1'));
    for (const o of ours) {
      expect(o.errorCode).toBe(0);
      expect(o.leaderEpoch).toBe(meta.topics.find((t) => t.name === o.topic)?.partitions[o.partition]?.leaderEpoch);
    }
  });

  it('keeps answering for the live leaders while one broker is dead', async () => {
    const meta = only(await probe.fetchMetadata(), TOPIC);
    const victim = meta.topics[0]!.partitions[0]!.leader;
    const ledByVictim = new Set(meta.topics[0]!.partitions.filter((p) => p.leader === victim).map((p) => p.partition));
    await cluster.kill(victim);
    let peeked: PeekResult[];
    try {
      peeked = await probe.peekRecords(meta, wantedAll([4]));
    } finally {
      await restart(cluster, victim);
    }
    for (const r of peeked) {
      // connection refused (NETWORK_EXCEPTION) or, if the socket hung, REQUEST_TIMED_OUT
      if (ledByVictim.has(r.partition)) expect(r.kind === 'error' && [13, 7].includes(r.errorCode), JSON.stringify(r, big)).toBe(true);
      else expect(r, key(r)).toMatchObject({ kind: 'record', offset: 4n, timestamp: stamp(r.partition, 4) });
    }
  });

  it('gets an error, never an offset, from a leader asked with a stale leader epoch', async () => {
    const before = only(await probe.fetchMetadata(), TOPIC);
    const victim = before.topics[0]!.partitions[0]!.leader;
    await cluster.kill(victim);
    try {
      // wait for the controller to fence it and elect new leaders (new leader epochs)
      await eventually(async () => only(await probe.fetchMetadata(), TOPIC).topics[0]!.partitions[0]!.leader !== victim, 'a new leader', 20_000, 300);
    } finally {
      await restart(cluster, victim);
    }
    const after = only(await probe.fetchMetadata(), TOPIC);
    const moved = before.topics[0]!.partitions.filter((p) => p.leader === victim).map((p) => p.partition);
    // the current leaders, each told the epoch it had before the election
    const stale = { ...after, topics: after.topics.map((t) => ({ ...t, partitions: t.partitions.map((p, i) => ({ ...p, leaderEpoch: before.topics[0]!.partitions[i]!.leaderEpoch })) })) };
    const offsets = await probe.listOffsets(stale);
    const peeked = await probe.peekRecords(stale, wantedAll([4]));
    for (const p of moved) {
      expect(offsets[p], JSON.stringify(offsets[p], big)).toMatchObject({ errorCode: 74, startOffset: null, endOffset: null }); // FENCED_LEADER_EPOCH
      expect(peeked[p], JSON.stringify(peeked[p], big)).toMatchObject({ kind: 'error', errorCode: 74 });
    }
    expect((await probe.listOffsets(after)).every((o) => o.errorCode === 0 && o.endOffset === BigInt(2 * PLAIN))).toBe(true);
  });
});
