// The timestamp of the record at an offset (for lag in seconds): one small Fetch per leader,
// all leaders in parallel, failures reported per partition, never thrown.
import type { BrokerConnections } from './connection';
import { KafkaTimeoutError } from './connection';
import { FETCH_KEY, FETCH_VERSIONS, fetchRequest, type FetchedPartition, type FetchLimits, type FetchQuery } from './fetch';
import { errorName } from './internals';
import type { PeekOptions, PeekResult, PeekWanted } from './peek-types';
import { scanForRecord } from './record-scan';
import type { ClusterMetadata } from './types';
import { KafkaResponseError, errorText, pickVersion } from './wire';

export const PEEK_DEFAULTS: FetchLimits = { partitionMaxBytes: 16 * 1024, maxBytes: 1024 * 1024 };
// Error codes we assign when a leader could not be asked at all.
const UNKNOWN_TOPIC_OR_PARTITION = 3;
const LEADER_NOT_AVAILABLE = 5;
const REQUEST_TIMED_OUT = 7;
const NETWORK_EXCEPTION = 13;
const UNSUPPORTED_VERSION = 35;

type Base = Pick<PeekResult, 'topic' | 'partition' | 'fetchOffset' | 'highWatermark' | 'lastStableOffset' | 'logStartOffset'>;
const base = (w: PeekWanted, p?: FetchedPartition): Base => ({
  topic: w.topic,
  partition: w.partition,
  fetchOffset: w.offset,
  highWatermark: p?.highWatermark ?? null,
  lastStableOffset: p?.lastStableOffset ?? null,
  logStartOffset: p?.logStartOffset ?? null,
});
const failure = (w: PeekWanted, errorCode: number, error = errorName(errorCode)): PeekResult => ({
  ...base(w), kind: 'error', errorCode, error,
});

/** What one partition's answer says about the wanted offset. */
export function peekResult(w: PeekWanted, p: FetchedPartition): PeekResult {
  if (p.errorCode !== 0) return { ...base(w, p), kind: 'error', errorCode: p.errorCode, error: errorText(p.errorCode) };
  const found = scanForRecord(p.records, w.offset, p.abortedTransactions);
  if (found.kind !== 'none') return { ...base(w, p), ...found };
  const { scannedTo } = found;
  const hw = p.highWatermark ?? scannedTo;
  const stable = p.lastStableOffset ?? hw;
  const reason = scannedTo >= hw ? 'end-of-log' : scannedTo >= stable ? 'open-transaction' : 'size-limit';
  return { ...base(w, p), kind: 'none', scannedTo, reason };
}

const key = (w: { topic: string; partition: number }) => `${w.topic}\u0000${w.partition}`;
const wantedKey = (w: PeekWanted) => `${key(w)}\u0000${w.offset}`;

interface Planned {
  address: string;
  /** Each a Fetch; a Fetch names a partition once, so one wanted at several offsets (one per group) spreads over several. */
  rounds: { w: PeekWanted; epoch: number | null }[][];
}

/** Fetches per leader address; entries that need no Fetch (unknown partition, no leader) get their result now. */
function plan(meta: ClusterMetadata, wanted: readonly PeekWanted[]) {
  const byLeader = new Map<string, Planned>();
  const early = new Map<string, PeekResult>();
  for (const w of wanted) {
    if (early.has(wantedKey(w))) continue;
    const p = meta.topics.find((t) => t.name === w.topic)?.partitions.find((x) => x.partition === w.partition);
    const b = p && meta.brokers.find((x) => x.id === p.leader);
    if (!p || !b) {
      early.set(wantedKey(w), failure(w, p ? p.errorCode || LEADER_NOT_AVAILABLE : UNKNOWN_TOPIC_OR_PARTITION));
      continue;
    }
    const address = `${b.host}:${b.port}`;
    const planned = byLeader.get(address) ?? { address, rounds: [] };
    byLeader.set(address, planned);
    if (planned.rounds.some((r) => r.some((x) => wantedKey(x.w) === wantedKey(w)))) continue;
    const round = planned.rounds.find((r) => !r.some((x) => key(x.w) === key(w)));
    if (round) round.push({ w, epoch: p.leaderEpoch });
    else planned.rounds.push([{ w, epoch: p.leaderEpoch }]);
  }
  return { fetches: [...byLeader.values()].flatMap((l) => l.rounds.map((round) => ({ address: l.address, round }))), early };
}

function query(round: Planned['rounds'][number]): FetchQuery[] {
  const topics = new Map<string, FetchQuery>();
  for (const { w, epoch } of round) {
    const t = topics.get(w.topic) ?? { topic: w.topic, partitions: [] };
    topics.set(w.topic, t);
    t.partitions.push({ partition: w.partition, currentLeaderEpoch: epoch, fetchOffset: w.offset });
  }
  return [...topics.values()];
}

async function fetchRound(conns: BrokerConnections, address: string, round: Planned['rounds'][number], limits: FetchLimits): Promise<PeekResult[]> {
  const wanted = round.map((x) => x.w);
  try {
    const answer = await conns.send(address, (v) => fetchRequest(pickVersion(v, FETCH_KEY, 'Fetch', ...FETCH_VERSIONS), query(round), limits));
    if (answer.errorCode !== 0) return wanted.map((w) => failure(w, answer.errorCode, errorText(answer.errorCode)));
    const byKey = new Map(answer.partitions.map((p) => [key(p), p] as const));
    return wanted.map((w) => {
      const p = byKey.get(key(w));
      return p ? peekResult(w, p) : failure(w, NETWORK_EXCEPTION, `${address} did not answer for ${w.topic}-${w.partition}`);
    });
  } catch (e) {
    // A KafkaResponseError here can only be pickVersion's: the broker is older than Fetch v12.
    const code = e instanceof KafkaTimeoutError ? REQUEST_TIMED_OUT : e instanceof KafkaResponseError ? UNSUPPORTED_VERSION : NETWORK_EXCEPTION;
    return wanted.map((w) => failure(w, code, e instanceof Error ? e.message : String(e)));
  }
}

/**
 * One result per wanted entry, in the same order. Each leader gets one Fetch (more only for a
 * partition wanted at several offsets), all leaders in parallel. A leader returns the first
 * batch of the first partition that has data whole, whatever its size, but a later partition's
 * first batch only if it fits partitionMaxBytes and what is left of maxBytes: otherwise that
 * partition comes back empty, as 'none' / 'size-limit'; ask for those again alone or with more bytes.
 */
export async function peekRecords(conns: BrokerConnections, meta: ClusterMetadata, wanted: readonly PeekWanted[], opts: PeekOptions = {}): Promise<PeekResult[]> {
  const limits: FetchLimits = {
    partitionMaxBytes: opts.partitionMaxBytes ?? PEEK_DEFAULTS.partitionMaxBytes,
    maxBytes: opts.maxBytes ?? PEEK_DEFAULTS.maxBytes,
  };
  const { fetches, early } = plan(meta, wanted);
  const answers = await Promise.all(fetches.map(({ address, round }) => fetchRound(conns, address, round, limits)));
  const results = new Map([...early, ...answers.flat().map((r) => [wantedKey({ ...r, offset: r.fetchOffset }), r] as const)]);
  return wanted.map((w) => results.get(wantedKey(w)) ?? failure(w, NETWORK_EXCEPTION));
}
