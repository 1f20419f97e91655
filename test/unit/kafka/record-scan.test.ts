// Finding the first data record at an offset in one partition's Fetch data (peekResult).
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { FetchedPartition } from '@/lib/kafka/fetch';
import { peekResult } from '@/lib/kafka/peek';
import { cat } from './bytes';
import { batch, crc32c, marker, records } from './record-batches';

const T = 1_700_000_000_000;
const P = 1000n; // a transactional producer id
const partition = (records: Buffer, more: Partial<FetchedPartition> = {}): FetchedPartition => ({
  topic: 't', partition: 0, errorCode: 0, highWatermark: 100n, lastStableOffset: 100n, logStartOffset: 0n,
  abortedTransactions: [], records, ...more,
});
const peek = (offset: bigint, p: FetchedPartition) => peekResult({ topic: 't', partition: 0, offset }, p);

// offsets 10..13 at T, T+5, T-2 (producers may go back in time), T+40
const plain = batch({ baseOffset: 10n, baseTimestamp: T, records: records(0, 5, -2, 40) });

describe('peekResult: the first data record at an offset', () => {
  it('builds batches with a correct CRC-32C (check value of "123456789")', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
  });

  it('reads record timestamps as base timestamp + delta, also in the middle of a batch', () => {
    expect(peek(10n, partition(plain))).toEqual({
      topic: 't', partition: 0, fetchOffset: 10n, highWatermark: 100n, lastStableOffset: 100n, logStartOffset: 0n,
      kind: 'record', offset: 10n, timestamp: T, timestampType: 'create',
    });
    expect(peek(12n, partition(plain))).toMatchObject({ kind: 'record', offset: 12n, timestamp: T - 2 });
    expect(peek(13n, partition(plain))).toMatchObject({ kind: 'record', offset: 13n, timestamp: T + 40 });
  });

  it('skips batches entirely below the offset', () => {
    const next = batch({ baseOffset: 14n, baseTimestamp: T + 100, records: records(0, 1) });
    expect(peek(14n, partition(cat(plain, next)))).toMatchObject({ kind: 'record', offset: 14n, timestamp: T + 100 });
  });

  it('decompresses gzip batches, whole or cut', () => {
    const gz = batch({ baseOffset: 20n, baseTimestamp: T, records: records(...Array.from({ length: 200 }, (_, i) => i * 7)), compression: 'gzip' });
    expect(peek(21n, partition(gz))).toMatchObject({ kind: 'record', offset: 21n, timestamp: T + 7 });
    expect(peek(219n, partition(gz))).toMatchObject({ kind: 'record', offset: 219n, timestamp: T + 199 * 7 });
    // cut by partition_max_bytes: the start of the stream still inflates
    const cut = gz.subarray(0, 61 + Math.floor((gz.length - 61) / 2));
    expect(peek(21n, partition(cut))).toMatchObject({ kind: 'record', offset: 21n, timestamp: T + 7 });
    expect(peek(219n, partition(cut))).toMatchObject({
      kind: 'batch', reason: 'truncated', baseOffset: 20n, lastOffset: 219n, firstTimestamp: T, maxTimestamp: T + 199 * 7, compression: 'gzip',
    });
  });

  it('gives the batch bounds for codecs it cannot decompress (snappy, lz4, zstd without Node support)', () => {
    const snappy = batch({ baseOffset: 30n, baseTimestamp: T, records: records(0, 9), compression: 'snappy', payload: Buffer.from('not really snappy') });
    expect(peek(31n, partition(snappy))).toMatchObject({
      kind: 'batch', reason: 'unsupported-compression', compression: 'snappy', baseOffset: 30n, lastOffset: 31n, firstTimestamp: T, maxTimestamp: T + 9, timestampType: 'create',
    });
    const zstdCompress = (zlib as unknown as { zstdCompressSync?: (b: Buffer) => Buffer }).zstdCompressSync;
    const raw = Buffer.from('opaque');
    const zstd = batch({ baseOffset: 30n, baseTimestamp: T, records: records(0, 9), compression: 'zstd', payload: zstdCompress ? undefined : raw });
    expect(peek(31n, partition(zstd))).toMatchObject(zstdCompress ? { kind: 'record', timestamp: T + 9 } : { kind: 'batch', reason: 'unsupported-compression' });
  });

  it('uses the batch max timestamp for LogAppendTime', () => {
    const b = batch({ baseOffset: 40n, baseTimestamp: T, maxTimestamp: T + 999, logAppendTime: true, records: records(0, 3) });
    expect(peek(41n, partition(b))).toMatchObject({ kind: 'record', offset: 41n, timestamp: T + 999, timestampType: 'log-append' });
    const cut = b.subarray(0, 65);
    expect(peek(41n, partition(cut))).toMatchObject({ kind: 'batch', reason: 'truncated', firstTimestamp: T + 999, maxTimestamp: T + 999 });
  });

  it('skips transaction markers', () => {
    const data = cat(marker(50n, P, 'commit', T), batch({ baseOffset: 51n, baseTimestamp: T + 1, records: records(0) }));
    expect(peek(50n, partition(data))).toMatchObject({ kind: 'record', offset: 51n, timestamp: T + 1 });
  });

  it('skips batches of aborted transactions but not committed ones of other producers', () => {
    const aborted = batch({ baseOffset: 60n, baseTimestamp: T, records: records(0, 1), transactional: true, producerId: P });
    const committed = batch({ baseOffset: 62n, baseTimestamp: T + 10, records: records(0), transactional: true, producerId: P + 1n });
    const data = cat(aborted, marker(63n, P, 'abort', T + 20), committed, marker(64n, P + 1n, 'commit', T + 30));
    const p = partition(data, { abortedTransactions: [{ producerId: P, firstOffset: 60n }] });
    expect(peek(60n, p)).toMatchObject({ kind: 'record', offset: 62n, timestamp: T + 10 });
    // without the aborted list (read_uncommitted semantics) the first batch would count
    expect(peek(60n, partition(data))).toMatchObject({ kind: 'record', offset: 60n });
  });

  it('says nothing to consume at a commit marker sitting at the high watermark - 1', () => {
    const p = partition(marker(70n, P, 'commit', T), { highWatermark: 71n, lastStableOffset: 71n });
    expect(peek(70n, p)).toMatchObject({ kind: 'none', scannedTo: 71n, reason: 'end-of-log', highWatermark: 71n });
    expect(peek(71n, partition(Buffer.alloc(0), { highWatermark: 71n }))).toMatchObject({ kind: 'none', scannedTo: 71n, reason: 'end-of-log' });
  });

  it('tells an open transaction and a size limit apart from the end of the log', () => {
    const open = partition(Buffer.alloc(0), { highWatermark: 90n, lastStableOffset: 80n });
    expect(peek(80n, open)).toMatchObject({ kind: 'none', scannedTo: 80n, reason: 'open-transaction' });
    const cut = partition(Buffer.alloc(0), { highWatermark: 90n, lastStableOffset: 90n });
    expect(peek(80n, cut)).toMatchObject({ kind: 'none', scannedTo: 80n, reason: 'size-limit' });
    // a batch header that did not fully arrive
    expect(peek(10n, partition(plain.subarray(0, 40)))).toMatchObject({ kind: 'none', scannedTo: 10n, reason: 'size-limit' });
  });

  it('reads what arrived of a cut uncompressed batch', () => {
    const cut = plain.subarray(0, plain.length - 20); // the last record is missing
    expect(peek(11n, partition(cut))).toMatchObject({ kind: 'record', offset: 11n, timestamp: T + 5 });
    expect(peek(13n, partition(cut))).toMatchObject({ kind: 'batch', reason: 'truncated', baseOffset: 10n, firstTimestamp: T, maxTimestamp: T + 40 });
  });

  it('moves past a compacted batch whose records end below the offset', () => {
    const compacted = batch({ baseOffset: 80n, baseTimestamp: T, records: records(0, 1), lastOffsetDelta: 5 });
    const next = batch({ baseOffset: 86n, baseTimestamp: T + 50, records: records(0) });
    expect(peek(83n, partition(cat(compacted, next)))).toMatchObject({ kind: 'record', offset: 86n, timestamp: T + 50 });
  });

  it('reports partition errors with the offsets the broker sent', () => {
    const p = partition(Buffer.alloc(0), { errorCode: 1, highWatermark: 100n, logStartOffset: 40n });
    expect(peek(3n, p)).toMatchObject({ kind: 'error', errorCode: 1, error: 'OFFSET_OUT_OF_RANGE (1)', logStartOffset: 40n, highWatermark: 100n });
  });

  it('refuses older record formats instead of misreading them', () => {
    const v1 = Buffer.from(plain);
    v1.writeInt8(1, 16);
    expect(peek(10n, partition(v1))).toMatchObject({ kind: 'error', errorCode: 2 });
  });
});
