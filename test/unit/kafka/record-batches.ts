// Record batches (magic 2) assembled from the layout in Kafka's protocol docs
// (https://kafka.apache.org/documentation/#recordbatch), independent of lib/kafka, with a real
// CRC-32C so they are what a broker would hand out.
import zlib from 'node:zlib';
import { cat, i16, i32, i64, i8, uvar } from './bytes';

/** Zig-zag varint / varlong as records use them. */
export const varint = (v: number) => uvar(v >= 0 ? v * 2 : -v * 2 - 1);
const bytesField = (b: Buffer | null) => (b === null ? varint(-1) : cat(varint(b.length), b));

export interface TestRecord {
  offsetDelta: number;
  timestampDelta: number;
  key?: Buffer | null;
  value?: Buffer | null;
}

export function record(r: TestRecord): Buffer {
  const headers = cat(varint(1), bytesField(Buffer.from('trace')), bytesField(Buffer.from('t1'))); // one header
  const body = cat(i8(0), varint(r.timestampDelta), varint(r.offsetDelta), bytesField(r.key ?? null), bytesField(r.value ?? Buffer.from('value')), headers);
  return cat(varint(body.length), body);
}

const CODEC = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const;

export interface BatchSpec {
  baseOffset: bigint;
  records: TestRecord[];
  baseTimestamp: number;
  /** Default: the largest record timestamp. */
  maxTimestamp?: number;
  /** Default: the last record's offset delta. */
  lastOffsetDelta?: number;
  compression?: keyof typeof CODEC;
  /** Replaces the compressed records section (e.g. to fake a snappy payload). */
  payload?: Buffer;
  logAppendTime?: boolean;
  transactional?: boolean;
  control?: boolean;
  producerId?: bigint;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32C (Castagnoli), as the record batch format uses. */
export function crc32c(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function batch(s: BatchSpec): Buffer {
  const raw = cat(...s.records.map(record));
  const compression = s.compression ?? 'none';
  const payload = s.payload ?? (compression === 'gzip' ? zlib.gzipSync(raw) : raw);
  const attributes = CODEC[compression] | (s.logAppendTime ? 0x08 : 0) | (s.transactional ? 0x10 : 0) | (s.control ? 0x20 : 0);
  const lastOffsetDelta = s.lastOffsetDelta ?? Math.max(0, ...s.records.map((r) => r.offsetDelta));
  const maxTimestamp = s.maxTimestamp ?? s.baseTimestamp + Math.max(0, ...s.records.map((r) => r.timestampDelta));
  const producerId = s.producerId ?? -1n;
  const afterCrc = cat(
    i16(attributes), i32(lastOffsetDelta), i64(s.baseTimestamp), i64(maxTimestamp),
    i64(producerId), i16(producerId < 0n ? -1 : 0), i32(producerId < 0n ? -1 : 0), i32(s.records.length), payload,
  );
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32c(afterCrc));
  const afterLength = cat(i32(5), i8(2), crc, afterCrc); // partition leader epoch 5, magic 2
  return cat(i64(s.baseOffset), i32(afterLength.length), afterLength);
}

/** A transaction marker: key = version 0 + type (0 ABORT, 1 COMMIT), value = version 0 + coordinator epoch. */
export const marker = (baseOffset: bigint, producerId: bigint, type: 'abort' | 'commit', timestamp: number) =>
  batch({
    baseOffset, baseTimestamp: timestamp, producerId, transactional: true, control: true,
    records: [{ offsetDelta: 0, timestampDelta: 0, key: cat(i16(0), i16(type === 'abort' ? 0 : 1)), value: cat(i16(0), i32(3)) }],
  });

/** Plain records at consecutive offsets with the given timestamp deltas. */
export const records = (...timestampDeltas: number[]): TestRecord[] =>
  timestampDeltas.map((timestampDelta, offsetDelta) => ({ offsetDelta, timestampDelta, key: Buffer.from(`k${offsetDelta}`) }));
