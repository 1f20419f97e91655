// DescribeLogDirs (API key 35), versions 2-4 (flexible; Kafka 4 accepts 1-4, kafkajs has none).
// v3 adds a top-level error code, v4 the volume's total/usable bytes.
import type { KjsDecoder, KjsEncoder } from './internals';
import { errorName } from './internals';
import type { LogDir, LogDirPartition } from './types';
import { KafkaResponseError, flexibleRequest, orNull, readCompactArray, readCompactString, skipTags, writeTags } from './wire';

export const DESCRIBE_LOG_DIRS_KEY = 35;
export const DESCRIBE_LOG_DIRS_VERSIONS = [2, 4] as const;

export function writeDescribeLogDirsRequest(e: KjsEncoder): void {
  e.writeUVarInt(0); // topics: null = every partition in every log dir
  writeTags(e);
}

function readPartition(d: KjsDecoder, topic: string): LogDirPartition {
  const p = {
    topic,
    partition: d.readInt32(),
    size: d.readInt64(),
    offsetLag: d.readInt64(),
    isFuture: d.readBoolean(),
  };
  skipTags(d);
  return p;
}

function readDir(d: KjsDecoder, version: number): LogDir {
  const errorCode = d.readInt16();
  const path = readCompactString(d);
  const partitions = readCompactArray(d, (x) => {
    const topic = readCompactString(x);
    const ps = readCompactArray(x, (y) => readPartition(y, topic));
    skipTags(x);
    return ps;
  }).flat();
  partitions.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  const totalBytes = version >= 4 ? orNull(d.readInt64()) : null;
  const usableBytes = version >= 4 ? orNull(d.readInt64()) : null;
  skipTags(d);
  return { path, errorCode, totalBytes, usableBytes, partitions };
}

export function readDescribeLogDirsResponse(d: KjsDecoder, version: number): LogDir[] {
  d.readInt32(); // throttle_time_ms
  const errorCode = version >= 3 ? d.readInt16() : 0;
  const dirs = readCompactArray(d, (x) => readDir(x, version));
  skipTags(d);
  if (errorCode !== 0) throw new KafkaResponseError(`DescribeLogDirs failed: ${errorName(errorCode)}`);
  return dirs.sort((a, b) => a.path.localeCompare(b.path));
}

export const describeLogDirsRequest = (version: number) =>
  flexibleRequest({
    apiKey: DESCRIBE_LOG_DIRS_KEY,
    apiName: 'DescribeLogDirs',
    version,
    writeBody: writeDescribeLogDirsRequest,
    readBody: (d) => readDescribeLogDirsResponse(d, version),
  });
