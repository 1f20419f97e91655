import type { BrokerConfigResult, BrokerLogDirs, ClusterMetadata, PartitionOffsets, QuorumInfo, TopicPartitionsDescription } from '@/lib/model/observation';
import type { GroupInfo, PhaseName, PhaseResult, PollResult, PollStatus } from '@/lib/model/poll';
import type { TopicConfigs } from '@/lib/model/stored';
import { errorMessage, withDeadline } from './deadline';
import type { ElrCache } from './elr-cache';
import { PartialPhaseError, explainPhaseError, hiddenTopicsNote } from './partial';
import type { ClusterSource, TopicConfigRead } from './source';

export type { PhaseName, PhaseResult, PollResult, PollStatus } from '@/lib/model/poll';

export interface PollOptions {
  deadlineMs: number;
  refreshConfigs: boolean;
  /** With refreshConfigs: every topic and broker config, not only those that matter. */
  fullConfigs?: boolean;
  /** Topics whose every config is read in this poll even without fullConfigs (new topics). */
  fullConfigsFor?: string[];
  /** Which topics' ELR to ask this poll, and the last read of the others (lib/collector/elr-cache.ts); without it, all of them. */
  elr?: ElrCache;
  now?: () => number;
}

/**
 * One poll: metadata first (without it nothing else is meaningful), then the other phases in
 * parallel. Each phase fails on its own; the whole poll never outlives its deadline.
 */
export async function poll(source: ClusterSource, opts: PollOptions): Promise<PollResult> {
  const now = opts.now ?? Date.now;
  const t0 = now();
  const end = t0 + opts.deadlineMs;
  const phases: PhaseResult[] = [];
  const run = async <T>(name: PhaseName, f: () => Promise<T>): Promise<T | null> => {
    const start = now();
    try {
      const v = await withDeadline(f(), end - start, name);
      phases.push({ name, ms: now() - start, ok: true });
      return v;
    } catch (e) {
      phases.push({ name, ms: now() - start, ok: false, error: explainPhaseError(name, errorMessage(e)) });
      // Part of it was read: keep that part (the phase still counts as failed, with its note).
      return e instanceof PartialPhaseError ? (e.value as T) : null;
    }
  };

  const metadata = await run('metadata', () => source.fetchMetadata());
  let quorum: QuorumInfo | null = null;
  let offsets: PartitionOffsets[] | null = null;
  let configs: Map<string, TopicConfigs> | null = null;
  let groups: GroupInfo[] | null = null;
  let logDirs: BrokerLogDirs[] | null = null;
  let configRead: TopicConfigRead | null = null;
  let elr: TopicPartitionsDescription[] | null = null;
  let brokerConfigs: BrokerConfigResult[] | null = null;
  const readElr = (describe: NonNullable<ClusterSource['describeTopicPartitions']>, meta: ClusterMetadata): Promise<TopicPartitionsDescription[] | null> => {
    const cache = opts.elr;
    if (!cache) return run('elr', () => describe());
    const plan = cache.plan(meta, opts.refreshConfigs);
    // No topic can have an ELR now: no request, no phase; the last descriptions stand.
    if (plan !== 'all' && plan.length === 0) return Promise.resolve(cache.merge(meta, plan, []));
    return run('elr', async () => cache.merge(meta, plan, await describe(plan === 'all' ? undefined : plan)));
  };
  if (metadata) {
    const names = metadata.topics.map((t) => t.name);
    const describeLogDirs = source.describeLogDirs?.bind(source);
    const full = opts.refreshConfigs && opts.fullConfigs === true;
    const fullFor = full ? [] : (opts.fullConfigsFor ?? []).filter((n) => names.includes(n));
    const readConfigs = async (): Promise<TopicConfigRead> => {
      const all = await source.topicConfigs(names, full);
      if (fullFor.length === 0) return all;
      // A new topic's every config, without waiting for the next full read of all of them.
      const extra = await source.topicConfigs(fullFor, true);
      return { configs: all.configs, entries: new Map([...(all.entries ?? []), ...(extra.entries ?? [])]) };
    };
    [quorum, offsets, configRead, groups, logDirs, elr, brokerConfigs] = await Promise.all([
      run('quorum', () => source.describeQuorum()),
      run('offsets', () => source.listOffsets(metadata)),
      opts.refreshConfigs || fullFor.length > 0 ? run('configs', readConfigs) : Promise.resolve(null),
      run('groups', () => source.groups()),
      opts.refreshConfigs && describeLogDirs ? run('logdirs', () => allBrokers(metadata, describeLogDirs)) : Promise.resolve(null),
      source.describeTopicPartitions ? readElr(source.describeTopicPartitions.bind(source), metadata) : Promise.resolve(null),
      full && source.brokerConfigs ? run('brokerconfigs', () => source.brokerConfigs!(metadata.brokers.map((b) => b.id))) : Promise.resolve(null),
    ]);
    configs = configRead?.configs ?? null;
    const hidden = logDirs ? hiddenTopicsNote(metadata, logDirs) : null;
    const logDirsPhase = phases.find((p) => p.name === 'logdirs');
    if (hidden && logDirsPhase) Object.assign(logDirsPhase, { ok: false, error: hidden });
  }
  const failed = phases.filter((p) => !p.ok);
  const status: PollStatus = !metadata ? 'failed' : failed.length > 0 ? 'partial' : 'ok';
  return {
    startedAt: new Date(t0),
    durationMs: now() - t0,
    status,
    error: failed.length > 0 ? failed.map((p) => `${p.name}: ${p.error ?? 'failed'}`).join('; ') : null,
    phases,
    metadata,
    quorum,
    offsets,
    configs,
    configEntries: configRead?.entries ?? null,
    brokerConfigs,
    elr,
    groups,
    logDirs,
    peeks: null,
    deadlineAt: end,
  };
}

/**
 * A phase that needs the others' results (reading records at the groups' committed offsets),
 * run after them within what is left of the poll's deadline. Adds to the poll's phases and status.
 */
export async function runLatePhase<T>(result: PollResult, name: PhaseName, f: () => Promise<T>, now: () => number = Date.now): Promise<T | null> {
  const start = now();
  let value: T | null = null;
  try {
    value = await withDeadline(f(), result.deadlineAt - start, name);
    result.phases.push({ name, ms: now() - start, ok: true });
  } catch (e) {
    if (e instanceof PartialPhaseError) value = e.value as T;
    const error = explainPhaseError(name, errorMessage(e));
    result.phases.push({ name, ms: now() - start, ok: false, error });
    if (result.status === 'ok') result.status = 'partial';
    result.error = [result.error, `${name}: ${error}`].filter(Boolean).join('; ');
  }
  result.durationMs = now() - result.startedAt.getTime();
  return value;
}

/** Every live broker's log dirs. One that does not answer is left out (its stored sizes stay); the phase fails only if none answers. */
async function allBrokers(meta: ClusterMetadata, describe: (id: number) => Promise<BrokerLogDirs>): Promise<BrokerLogDirs[]> {
  const results = await Promise.allSettled(meta.brokers.map((b) => describe(b.id)));
  const ok = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
  if (failed.length > 0 && ok.length === 0) throw new Error(failed.join('; '));
  return ok;
}
