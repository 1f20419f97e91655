// Typed handles on the parts of kafkajs' internal protocol layer we reuse (kafkajs 2.2.4, src/).
// They are not public API, so each is described by a small local interface with only what we call.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface KjsEncoder {
  writeInt8(v: number): KjsEncoder;
  writeInt16(v: number): KjsEncoder;
  writeInt32(v: number): KjsEncoder;
  writeInt64(v: bigint | number | string): KjsEncoder;
  writeBoolean(v: boolean): KjsEncoder;
  writeString(v: string | null): KjsEncoder;
  writeUVarInt(v: number): KjsEncoder;
  /** Compact (nullable) string: uvarint(length + 1), 0 for null. */
  writeUVarIntString(v: string | null): KjsEncoder;
  writeBuffer(v: Buffer): KjsEncoder;
  readonly buffer: Buffer;
}

export interface KjsDecoder {
  offset: number;
  readInt8(): number;
  readInt16(): number;
  readInt32(): number;
  /** kafkajs 2.2.4 returns a bigint here. */
  readInt64(): bigint;
  readBoolean(): boolean;
  readString(): string | null;
  readUVarInt(): number;
  /** Compact nullable string. */
  readUVarIntString(): string | null;
  readBytes(length: number): Buffer | null;
  canReadBytes(length: number): boolean;
}

export interface ProtocolRequest<T> {
  request: { apiKey: number; apiVersion: number; apiName: string; encode(): Promise<KjsEncoder> };
  response: { decode(raw: Buffer): Promise<unknown>; parse(decoded: unknown): Promise<T> };
  requestTimeout?: number;
  logResponseError?: boolean;
}

export type ApiVersionMap = Record<number, { minVersion: number; maxVersion: number } | undefined>;

export interface KjsConnection {
  socket?: { destroy(): void };
  rejectRequests(error: Error): void;
  disconnect(): Promise<boolean>;
}

export interface KjsBroker {
  versions: ApiVersionMap | null;
  connect(): Promise<void>;
  connectionPool: {
    pool: KjsConnection[];
    send<T>(req: ProtocolRequest<T>): Promise<T>;
  };
}

export interface KjsLogger {
  namespace(name: string): KjsLogger;
}

interface RequestFactory {
  versions: string[];
  protocol(opts: { version: number }): (args: unknown) => ProtocolRequest<unknown>;
}

export const Encoder = require('kafkajs/src/protocol/encoder') as new () => KjsEncoder;
export const Decoder = require('kafkajs/src/protocol/decoder') as new (buf: Buffer) => KjsDecoder;

export const ConnectionPool = require('kafkajs/src/network/connectionPool') as new (opts: {
  host: string;
  port: number;
  clientId: string;
  ssl: object | null;
  sasl: object | null;
  logger: KjsLogger;
  socketFactory: unknown;
  connectionTimeout: number;
  requestTimeout: number;
}) => KjsBroker['connectionPool'];

export const Broker = require('kafkajs/src/broker') as new (opts: {
  connectionPool: KjsBroker['connectionPool'];
  logger: KjsLogger;
  authenticationTimeout?: number;
  allowAutoTopicCreation?: boolean;
}) => KjsBroker;

export const socketFactory = (require('kafkajs/src/network/socketFactory') as () => unknown)();

const loggers = require('kafkajs/src/loggers') as {
  createLogger(opts: { level: number; logCreator: (level: number) => (entry: unknown) => void }): KjsLogger;
};
/** A kafkajs logger that discards everything (even if KAFKAJS_LOG_LEVEL is set). */
export const silentLogger = (): KjsLogger => loggers.createLogger({ level: 0, logCreator: () => () => {} });

export const requests = (require('kafkajs/src/protocol/requests') as { requests: Record<string, RequestFactory> })
  .requests;

const { errorCodes } = require('kafkajs/src/protocol/error') as { errorCodes: { type: string; code: number }[] };
/** "LEADER_NOT_AVAILABLE (5)" */
export const errorName = (code: number): string =>
  `${errorCodes.find((e) => e.code === code)?.type ?? 'UNKNOWN_ERROR'} (${code})`;
