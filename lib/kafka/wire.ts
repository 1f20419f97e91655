// Helpers for Kafka's "flexible" (KIP-482) encoding on top of kafkajs' Encoder/Decoder, which only
// half-support it (its readTaggedFields mis-reads field sizes as compact lengths).
import { Decoder, Encoder, errorName, type ApiVersionMap, type KjsDecoder, type KjsEncoder, type ProtocolRequest } from './internals';

/** Thrown when a broker answered but the answer is an error (as opposed to transport failures). */
export class KafkaResponseError extends Error {
  override name = 'KafkaResponseError';
}

/**
 * The address answers Kafka's protocol but is not a broker (a KRaft controller listener): unlike
 * a KafkaResponseError it does not speak for the other brokers, so the next bootstrap address is tried.
 */
export class NotABrokerError extends Error {
  override name = 'NotABrokerError';
}

/** "GROUP_ID_NOT_FOUND (69): Group g1 not found." */
export const errorText = (code: number, message?: string | null): string =>
  `${errorName(code)}${message ? `: ${message}` : ''}`;

// ---- writing ----
export const writeTags = (e: KjsEncoder): void => void e.writeUVarInt(0);

export function writeCompactArray<T>(e: KjsEncoder, items: readonly T[] | null, write: (e: KjsEncoder, item: T) => void) {
  if (items === null) return void e.writeUVarInt(0);
  e.writeUVarInt(items.length + 1);
  for (const item of items) write(e, item);
}

export const writeCompactStrings = (e: KjsEncoder, items: readonly string[] | null): void =>
  writeCompactArray(e, items, (x, s) => void x.writeUVarIntString(s));

// ---- reading ----
export function skipTags(d: KjsDecoder): void {
  const n = d.readUVarInt();
  for (let i = 0; i < n; i++) {
    d.readUVarInt(); // tag
    const size = d.readUVarInt();
    if (!d.canReadBytes(size)) throw new RangeError('tagged field runs past the end of the response');
    d.readBytes(size);
  }
}

/** Compact array; a null array (length 0) reads as []. */
export function readCompactArray<T>(d: KjsDecoder, read: (d: KjsDecoder) => T): T[] {
  const n = d.readUVarInt() - 1;
  if (n > 0 && !d.canReadBytes(n)) throw new RangeError(`array length ${n} runs past the end of the response`);
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(read(d));
  return out;
}

export const readCompactInt32s = (d: KjsDecoder): number[] => readCompactArray(d, (x) => x.readInt32());

export function readCompactString(d: KjsDecoder): string {
  const s = d.readUVarIntString();
  if (s === null) throw new RangeError('unexpected null string');
  return s;
}

export const readCompactStrings = (d: KjsDecoder): string[] => readCompactArray(d, readCompactString);

/** COMPACT_(NULLABLE_)BYTES; null reads as an empty buffer. */
export function readCompactBytes(d: KjsDecoder): Buffer {
  const n = d.readUVarInt() - 1;
  if (n <= 0) return Buffer.alloc(0);
  if (!d.canReadBytes(n)) throw new RangeError(`bytes length ${n} runs past the end of the response`);
  return d.readBytes(n) as Buffer;
}

/** Kafka renders UUIDs as unpadded base64url; the all-zero UUID means "none". */
export function readUuid(d: KjsDecoder): string | null {
  if (!d.canReadBytes(16)) throw new RangeError('truncated uuid');
  const b = d.readBytes(16) as Buffer;
  return b.every((x) => x === 0) ? null : b.toString('base64url');
}

/** -1 means unknown in most Kafka int64 fields. */
export const orNull = (v: bigint): bigint | null => (v < 0n ? null : v);

/**
 * Builds a request for a flexible API version. kafkajs always writes request header v1
 * (apiKey, apiVersion, correlationId, clientId); header v2 is the same plus empty tagged fields,
 * so we start the body with them. The response header v1 likewise has tagged fields after the
 * correlation id (which kafkajs consumes), so the decoder skips them first.
 */
export function flexibleRequest<T>(opts: {
  apiKey: number;
  apiName: string;
  version: number;
  writeBody: (e: KjsEncoder) => void;
  readBody: (d: KjsDecoder) => T;
}): ProtocolRequest<T> {
  return {
    request: {
      apiKey: opts.apiKey,
      apiVersion: opts.version,
      apiName: opts.apiName,
      encode: async () => {
        const e = new Encoder();
        writeTags(e);
        opts.writeBody(e);
        return e;
      },
    },
    response: {
      decode: async (raw: Buffer) => decodeFlexible(raw, opts.readBody),
      parse: async (decoded: unknown) => decoded as T,
    },
  };
}

export function decodeFlexible<T>(raw: Buffer, readBody: (d: KjsDecoder) => T): T {
  const d = new Decoder(raw);
  skipTags(d);
  return readBody(d);
}

/** Highest version both we (lo..hi) and the broker support. */
export function pickVersion(versions: ApiVersionMap | null, apiKey: number, apiName: string, lo: number, hi: number): number {
  const v = versions?.[apiKey];
  const best = v ? Math.min(hi, v.maxVersion) : -1;
  if (!v || best < Math.max(lo, v.minVersion)) {
    if (isControllerListener(versions)) throw new NotABrokerError(CONTROLLER_PORT);
    throw new KafkaResponseError(`broker does not support ${apiName} v${lo}-v${hi} (it supports ${v ? `v${v.minVersion}-v${v.maxVersion}` : 'none'})`);
  }
  return best;
}

const METADATA_KEY = 3;
/** Vote, BeginQuorumEpoch, BrokerRegistration, BrokerHeartbeat: spoken only on a KRaft controller listener. */
const CONTROLLER_ONLY_KEYS = [52, 53, 62, 63];
const CONTROLLER_PORT =
  "this looks like a KRaft controller port, not a broker listener (it answers ApiVersions but not Metadata): set the bootstrap servers (KAFKA_BROKERS, or brokers in the config file) to the brokers' listeners, usually port 9092";

/** A bootstrap address pointed at a controller port (one from controller.quorum.voters). */
function isControllerListener(versions: ApiVersionMap | null): boolean {
  return versions !== null && !versions[METADATA_KEY] && CONTROLLER_ONLY_KEYS.some((k) => versions[k]);
}
