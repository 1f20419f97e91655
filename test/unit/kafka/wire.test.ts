import { describe, expect, it } from 'vitest';
import { Decoder, Encoder } from '@/lib/kafka/internals';
import {
  KafkaResponseError,
  NotABrokerError,
  decodeFlexible,
  flexibleRequest,
  pickVersion,
  readCompactArray,
  readCompactInt32s,
  readCompactString,
  readUuid,
  skipTags,
  writeCompactArray,
} from '@/lib/kafka/wire';
import { TAGS, cat, ci32s, carr, cstr, hex, i32, tags, uvar } from './bytes';

describe('flexible wire helpers', () => {
  it('encodes unsigned varints as LEB128 (sanity check of kafkajs Encoder)', () => {
    for (const v of [0, 1, 127, 128, 300, 16383, 16384, 2 ** 31 - 1]) {
      expect(hex(new Encoder().writeUVarInt(v).buffer)).toBe(hex(uvar(v)));
      expect(new Decoder(uvar(v)).readUVarInt()).toBe(v);
    }
  });

  it('skips tagged fields with their declared sizes', () => {
    // two fields: tag 0 with 3 bytes, tag 5 with 130 bytes (size needs a 2-byte varint)
    const d = new Decoder(cat(tags([0, Buffer.from('abc')], [5, Buffer.alloc(130, 7)]), i32(42)));
    skipTags(d);
    expect(d.readInt32()).toBe(42);
  });

  it('rejects a tagged field running past the buffer', () => {
    const d = new Decoder(cat(uvar(1), uvar(0), uvar(10), Buffer.from('abc')));
    expect(() => skipTags(d)).toThrow(RangeError);
  });

  it('reads compact arrays, null as []', () => {
    expect(readCompactInt32s(new Decoder(ci32s([1, -1, 300])))).toEqual([1, -1, 300]);
    expect(readCompactInt32s(new Decoder(carr([])))).toEqual([]);
    expect(readCompactInt32s(new Decoder(carr(null)))).toEqual([]);
    expect(() => readCompactArray(new Decoder(uvar(1000)), (d) => d.readInt32())).toThrow(RangeError);
  });

  it('reads compact strings', () => {
    expect(readCompactString(new Decoder(cstr('héllo')))).toBe('héllo');
    expect(readCompactString(new Decoder(cstr('')))).toBe('');
    expect(new Decoder(cstr(null)).readUVarIntString()).toBeNull();
    expect(() => readCompactString(new Decoder(cstr(null)))).toThrow(RangeError);
  });

  it('renders UUIDs like Kafka (unpadded base64url), zero as null', () => {
    const id = Buffer.from('bcb2c042ef9f461282cfa1b6d626fd84', 'hex');
    expect(readUuid(new Decoder(id))).toBe('vLLAQu-fRhKCz6G21ib9hA');
    expect(readUuid(new Decoder(Buffer.alloc(16)))).toBeNull();
  });

  it('writes compact arrays', () => {
    const e = new Encoder();
    writeCompactArray(e, [7, 8], (e, v) => e.writeInt32(v));
    writeCompactArray(e, null, () => {});
    expect(hex(e.buffer)).toBe(hex(cat(uvar(3), i32(7), i32(8), uvar(0))));
  });

  it('builds flexible requests: body preceded by the header-v2 tagged fields', async () => {
    const req = flexibleRequest({
      apiKey: 99,
      apiName: 'X',
      version: 4,
      writeBody: (e) => e.writeInt32(1),
      readBody: (d) => d.readInt32(),
    });
    expect(req.request).toMatchObject({ apiKey: 99, apiVersion: 4, apiName: 'X' });
    expect(hex((await req.request.encode()).buffer)).toBe(hex(cat(TAGS, i32(1))));
    // response header v1 tagged fields (possibly non-empty) are skipped before the body
    expect(await req.response.decode(cat(tags([1, Buffer.from('zz')]), i32(5)))).toBe(5);
    expect(decodeFlexible(cat(TAGS, i32(6)), (d) => d.readInt32())).toBe(6);
  });

  it('picks the highest version both sides support', () => {
    const v = { 3: { minVersion: 0, maxVersion: 13 }, 35: { minVersion: 1, maxVersion: 3 }, 55: { minVersion: 0, maxVersion: 0 } };
    expect(pickVersion(v, 3, 'Metadata', 10, 13)).toBe(13);
    expect(pickVersion(v, 35, 'DescribeLogDirs', 2, 4)).toBe(3);
    expect(() => pickVersion(v, 55, 'DescribeQuorum', 1, 2)).toThrow(/supports v0-v0/);
    expect(() => pickVersion(v, 60, 'Nope', 0, 1)).toThrow(KafkaResponseError);
    expect(() => pickVersion(null, 3, 'Metadata', 10, 13)).toThrow(/supports none/);
  });
});

describe('a peer without an API we need', () => {
  // ApiVersions of a Kafka 4.1 controller listener (a subset): raft and broker-lifecycle APIs, no Metadata.
  const controller = { 1: { minVersion: 4, maxVersion: 17 }, 18: { minVersion: 0, maxVersion: 4 }, 52: { minVersion: 0, maxVersion: 2 }, 55: { minVersion: 0, maxVersion: 2 }, 62: { minVersion: 0, maxVersion: 4 }, 63: { minVersion: 0, maxVersion: 1 } };

  it('a KRaft controller port is called one, with what to set instead, and does not speak for the brokers', () => {
    expect(() => pickVersion(controller, 3, 'Metadata', 10, 13)).toThrow(/^this looks like a KRaft controller port, not a broker listener \(it answers ApiVersions but not Metadata\): set the bootstrap servers/);
    expect(() => pickVersion(controller, 3, 'Metadata', 10, 13)).toThrow(NotABrokerError);
    expect(() => pickVersion(controller, 3, 'Metadata', 10, 13)).not.toThrow(KafkaResponseError);
  });

  it('an old broker is told apart from a controller', () => {
    expect(() => pickVersion({ 3: { minVersion: 0, maxVersion: 9 } }, 3, 'Metadata', 10, 13)).toThrow('broker does not support Metadata v10-v13 (it supports v0-v9)');
    expect(() => pickVersion({ 18: { minVersion: 0, maxVersion: 3 } }, 3, 'Metadata', 10, 13)).toThrow('broker does not support Metadata v10-v13 (it supports none)');
  });
});
