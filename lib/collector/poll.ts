import type { BrokerLogDirs, ClusterMetadata, PartitionOffsets, QuorumInfo } from '@/lib/kafka/types';
import { errorMessage, withDeadline } from './deadline';
import type { ClusterSource, GroupInfo, TopicConfigs } from './source';

export type PhaseName = 'metadata' | 'quorum' | 'offsets' | 'configs' | 'groups' | 'logdirs';

export interface PhaseResult {
  name: PhaseName;
  ms: number;
  ok: boolean;
  error?: string;
}

export type PollStatus = 'ok' | 'partial' | 'failed';

export interface PollResult {
  startedAt: Date;
  durationMs: number;
  status: PollStatus;
  error: string | null;
  phases: PhaseResult[];
  metadata: ClusterMetadata | null;
  quorum: QuorumInfo | null;
  offsets: PartitionOffsets[] | null;
  /** null when configs were not refreshed in this poll (they are refreshed less often). */
  configs: Map<string, TopicConfigs> | null;
  groups: GroupInfo[] | null;
  /** Log dir sizes of the brokers that answered; null when not read in this poll (read with configs). */
  logDirs: BrokerLogDirs[] | null;
}

export interface PollOptions {
  deadlineMs: number;
  refreshConfigs: boolean;
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
      phases.push({ name, ms: now() - start, ok: false, error: errorMessage(e) });
      return null;
    }
  };

  const metadata = await run('metadata', () => source.fetchMetadata());
  let quorum: QuorumInfo | null = null;
  let offsets: PartitionOffsets[] | null = null;
  let configs: Map<string, TopicConfigs> | null = null;
  let groups: GroupInfo[] | null = null;
  let logDirs: BrokerLogDirs[] | null = null;
  if (metadata) {
    const names = metadata.topics.map((t) => t.name);
    const describeLogDirs = source.describeLogDirs?.bind(source);
    [quorum, offsets, configs, groups, logDirs] = await Promise.all([
      run('quorum', () => source.describeQuorum()),
      run('offsets', () => source.listOffsets(metadata)),
      opts.refreshConfigs ? run('configs', () => source.topicConfigs(names)) : Promise.resolve(null),
      run('groups', () => source.groups()),
      opts.refreshConfigs && describeLogDirs ? run('logdirs', () => allBrokers(metadata, describeLogDirs)) : Promise.resolve(null),
    ]);
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
    groups,
    logDirs,
  };
}

/** Every live broker's log dirs. One that does not answer is left out (its stored sizes stay); the phase fails only if none answers. */
async function allBrokers(meta: ClusterMetadata, describe: (id: number) => Promise<BrokerLogDirs>): Promise<BrokerLogDirs[]> {
  const results = await Promise.allSettled(meta.brokers.map((b) => describe(b.id)));
  const ok = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
  if (failed.length > 0 && ok.length === 0) throw new Error(failed.join('; '));
  return ok;
}
