// Fetch (API key 1), version 12: the one flexible version that still names topics (v13+ use topic
// ids). Sessionless (session 0, epoch -1), so each answer covers exactly the partitions asked.
import type { KjsDecoder, KjsEncoder } from './internals';
import type { AbortedTransaction } from './record-scan';
import { flexibleRequest, orNull, readCompactArray, readCompactBytes, readCompactString, skipTags, writeCompactArray, writeTags } from './wire';

export const FETCH_KEY = 1;
export const FETCH_VERSIONS = [12, 12] as const;
/** Only committed data, plus the aborted-transaction list needed to skip aborted batches. */
const READ_COMMITTED = 1;
const NO_SESSION = { id: 0, epoch: -1 };

export interface FetchQuery {
  topic: string;
  partitions: { partition: number; currentLeaderEpoch: number | null; fetchOffset: bigint }[];
}

export interface FetchLimits {
  partitionMaxBytes: number;
  maxBytes: number;
}

export interface FetchedPartition {
  topic: string;
  partition: number;
  errorCode: number;
  highWatermark: bigint | null;
  lastStableOffset: bigint | null;
  logStartOffset: bigint | null;
  abortedTransactions: AbortedTransaction[];
  records: Buffer;
}

export interface FetchAnswer {
  errorCode: number;
  partitions: FetchedPartition[];
}

export function writeFetchRequest(e: KjsEncoder, topics: readonly FetchQuery[], limits: FetchLimits): void {
  e.writeInt32(-1); // replica_id: a consumer
  // max_wait 0 answers at once with whatever is there; min_bytes 0 says "even nothing will do".
  e.writeInt32(0); // max_wait_ms
  e.writeInt32(0); // min_bytes
  e.writeInt32(limits.maxBytes);
  e.writeInt8(READ_COMMITTED);
  e.writeInt32(NO_SESSION.id);
  e.writeInt32(NO_SESSION.epoch);
  writeCompactArray(e, topics, (x, t) => {
    x.writeUVarIntString(t.topic);
    writeCompactArray(x, t.partitions, (y, p) => {
      y.writeInt32(p.partition);
      y.writeInt32(p.currentLeaderEpoch ?? -1);
      y.writeInt64(p.fetchOffset);
      y.writeInt32(-1); // last_fetched_epoch: only followers check divergence
      y.writeInt64(-1); // log_start_offset: only followers report theirs
      y.writeInt32(limits.partitionMaxBytes);
      writeTags(y);
    });
    writeTags(x);
  });
  writeCompactArray(e, [], () => {}); // forgotten_topics_data: only for fetch sessions
  e.writeUVarIntString(''); // rack_id: none, so the leader answers itself
  writeTags(e);
}

function readPartition(d: KjsDecoder, topic: string): FetchedPartition {
  const partition = d.readInt32();
  const errorCode = d.readInt16();
  const highWatermark = orNull(d.readInt64());
  const lastStableOffset = orNull(d.readInt64());
  const logStartOffset = orNull(d.readInt64());
  const abortedTransactions = readCompactArray(d, (x) => {
    const t = { producerId: x.readInt64(), firstOffset: x.readInt64() };
    skipTags(x);
    return t;
  });
  d.readInt32(); // preferred_read_replica: -1 without a rack id
  const records = readCompactBytes(d);
  skipTags(d); // diverging_epoch, current_leader, snapshot_id
  return { topic, partition, errorCode, highWatermark, lastStableOffset, logStartOffset, abortedTransactions, records };
}

export function readFetchResponse(d: KjsDecoder): FetchAnswer {
  d.readInt32(); // throttle_time_ms
  const errorCode = d.readInt16();
  d.readInt32(); // session_id
  const topics = readCompactArray(d, (x) => {
    const topic = readCompactString(x);
    const partitions = readCompactArray(x, (y) => readPartition(y, topic));
    skipTags(x);
    return partitions;
  });
  skipTags(d);
  return { errorCode, partitions: topics.flat() };
}

export const fetchRequest = (version: number, topics: readonly FetchQuery[], limits: FetchLimits) =>
  flexibleRequest({
    apiKey: FETCH_KEY,
    apiName: 'Fetch',
    version,
    writeBody: (e) => writeFetchRequest(e, topics, limits),
    readBody: readFetchResponse,
  });
