// Kafka record batches (magic 2) as a Fetch returns them: header fields, and each record's offset
// and timestamp deltas. The CRC is not verified: we only read timestamps, the broker validated
// the batch when it was appended, and a batch the broker cut at partition_max_bytes could not
// pass the check anyway while its first records are still perfectly readable.
import zlib from 'node:zlib';
import type { CompressionName, TimestampType } from './peek-types';

/** baseOffset + batchLength: the bytes batchLength does not count. */
const LOG_OVERHEAD = 12;
export const BATCH_HEADER_BYTES = 61;
const COMPRESSION: readonly CompressionName[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

export interface RecordBatch {
  baseOffset: bigint;
  lastOffset: bigint;
  compression: CompressionName;
  timestampType: TimestampType;
  transactional: boolean;
  control: boolean;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: bigint;
  recordCount: number;
  /** The records section as far as it arrived (still compressed). */
  body: Buffer;
  /** False when the data ended inside this batch. */
  complete: boolean;
}

export interface BatchScan {
  batches: RecordBatch[];
  /** Why reading stopped early: a header that did not fully arrive, or an older record format. */
  stopped: null | { reason: 'cut' } | { reason: 'magic'; magic: number; baseOffset: bigint };
}

export function readBatches(data: Buffer): BatchScan {
  const batches: RecordBatch[] = [];
  for (let pos = 0; pos < data.length; ) {
    if (data.length - pos < BATCH_HEADER_BYTES) return { batches, stopped: { reason: 'cut' } };
    const baseOffset = data.readBigInt64BE(pos);
    const magic = data.readInt8(pos + 16);
    if (magic !== 2) return { batches, stopped: { reason: 'magic', magic, baseOffset } };
    const end = pos + LOG_OVERHEAD + data.readInt32BE(pos + 8);
    const attributes = data.readInt16BE(pos + 21);
    batches.push({
      baseOffset,
      lastOffset: baseOffset + BigInt(data.readInt32BE(pos + 23)),
      compression: COMPRESSION[attributes & 0x07] ?? 'none',
      timestampType: attributes & 0x08 ? 'log-append' : 'create',
      transactional: (attributes & 0x10) !== 0,
      control: (attributes & 0x20) !== 0,
      baseTimestamp: Number(data.readBigInt64BE(pos + 27)),
      maxTimestamp: Number(data.readBigInt64BE(pos + 35)),
      producerId: data.readBigInt64BE(pos + 43),
      recordCount: data.readInt32BE(pos + 57),
      body: data.subarray(pos + BATCH_HEADER_BYTES, Math.min(end, data.length)),
      complete: end <= data.length,
    });
    pos = Math.max(end, pos + BATCH_HEADER_BYTES);
  }
  return { batches, stopped: null };
}

// Node >= 22.15 has zstd in node:zlib; older Node (like 20) does not.
type Inflate = (b: Buffer, opts?: zlib.ZlibOptions) => Buffer;
const zstd = (zlib as unknown as { zstdDecompressSync?: Inflate }).zstdDecompressSync;

/** The uncompressed records section, or why it cannot be had. */
export function batchRecordBytes(b: RecordBatch): Buffer | 'unsupported-compression' | 'malformed' {
  try {
    switch (b.compression) {
      case 'none':
        return b.body;
      // A sync flush returns what a cut stream holds instead of failing on the missing end.
      case 'gzip':
        return zlib.gunzipSync(b.body, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      case 'zstd':
        return zstd ? zstd(b.body) : 'unsupported-compression';
      default:
        return 'unsupported-compression';
    }
  } catch {
    return 'malformed';
  }
}

export interface RecordHead {
  offsetDelta: number;
  timestampDelta: number;
  /** null for a null key, or when the key did not arrive. */
  key: Buffer | null;
}

/**
 * Records as far as they arrived. A record counts once its offset and timestamp deltas are in:
 * that is all we need from it, and they come first.
 */
export function readRecords(bytes: Buffer, count: number): { records: RecordHead[]; complete: boolean } {
  const records: RecordHead[] = [];
  const r = new VarintReader(bytes);
  for (let i = 0; i < count; i++) {
    const length = r.varint();
    const start = r.pos;
    r.pos += 1; // attributes (unused)
    const timestampDelta = r.varint();
    const offsetDelta = r.varint();
    if (length === null || timestampDelta === null || offsetDelta === null) return { records, complete: false };
    const keyLength = r.varint();
    const key = keyLength !== null && keyLength >= 0 && r.pos + keyLength <= bytes.length ? bytes.subarray(r.pos, r.pos + keyLength) : null;
    records.push({ offsetDelta, timestampDelta, key });
    r.pos = start + length;
    if (r.pos > bytes.length) return { records, complete: false };
  }
  return { records, complete: true };
}

/** Zig-zag varints (protobuf style) as records use them; null when the bytes run out. */
class VarintReader {
  pos = 0;
  constructor(private readonly bytes: Buffer) {}

  varint(): number | null {
    let raw = 0;
    for (let shift = 1; ; shift *= 128) {
      const b = this.bytes[this.pos++];
      if (b === undefined || shift > 2 ** 63) return null;
      raw += (b & 0x7f) * shift;
      if (b < 0x80) break;
    }
    // Arithmetic rather than bit operators: timestamp deltas can exceed 32 bits.
    return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
  }
}
