// Byte builders for protocol fixtures, written straight from the Kafka protocol spec
// (https://kafka.apache.org/protocol#protocol_types), independent of the code under test.
export const cat = (...parts: Buffer[]): Buffer => Buffer.concat(parts);
export const i8 = (v: number) => Buffer.from([v & 0xff]);
export const bool = (v: boolean) => i8(v ? 1 : 0);
export function i16(v: number) {
  const b = Buffer.alloc(2);
  b.writeInt16BE(v);
  return b;
}
/** UINT16, big-endian. */
export function u16(v: number) {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(v);
  return b;
}
export function i32(v: number) {
  const b = Buffer.alloc(4);
  b.writeInt32BE(v);
  return b;
}
export function i64(v: bigint | number) {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(BigInt(v));
  return b;
}
/** Unsigned LEB128 varint. */
export function uvar(v: number) {
  const out: number[] = [];
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return Buffer.from(out);
}
/** Classic STRING / NULLABLE_STRING: int16 length (-1 = null). */
export const str = (s: string | null) => (s === null ? i16(-1) : cat(i16(Buffer.byteLength(s)), Buffer.from(s)));
/** COMPACT_(NULLABLE_)STRING: uvarint(length + 1), 0 = null. */
export const cstr = (s: string | null) => (s === null ? uvar(0) : cat(uvar(Buffer.byteLength(s) + 1), Buffer.from(s)));
/** Classic ARRAY: int32 count. */
export const arr = (items: Buffer[]) => cat(i32(items.length), ...items);
/** COMPACT_ARRAY: uvarint(count + 1), 0 = null. */
export const carr = (items: Buffer[] | null) => (items === null ? uvar(0) : cat(uvar(items.length + 1), ...items));
export const ci32s = (xs: number[]) => carr(xs.map(i32));
/** Empty tagged-field section. */
export const TAGS = uvar(0);
/** A tagged-field section holding the given (tag, raw bytes) fields. */
export const tags = (...fields: [number, Buffer][]) =>
  cat(uvar(fields.length), ...fields.map(([tag, data]) => cat(uvar(tag), uvar(data.length), data)));
export const hex = (b: Buffer) => b.toString('hex');
/** COMPACT_(NULLABLE_)BYTES: uvarint(length + 1), 0 = null. */
export const cbytes = (b: Buffer | null) => (b === null ? uvar(0) : cat(uvar(b.length + 1), b));
