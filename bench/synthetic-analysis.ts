// The pure part of a collector tick (lib/collector/cluster-collector.ts `tick`), phase by phase, on
// a synthetic cluster: what the collector computes between reading Kafka and writing the store.
// Polls are 5 s apart on a simulated clock, so lag history and status windows see a real cadence.
import { EndOffsetGuard } from '@/lib/analysis/end-offsets';
import { diffStates } from '@/lib/analysis/events';
import type { Evaluation } from '@/lib/analysis/alerts/state';
import type { GroupLag } from '@/lib/analysis/group-lag';
import { EndOffsetSampler, type OffsetSampleRow } from '@/lib/analysis/offset-samples';
import { leaderlessOf, ThroughputRollup, type ThroughputRow } from '@/lib/analysis/throughput-rollup';
import type { ClusterState } from '@/lib/analysis/types';
import { alertSettingsOf } from '@/lib/config/alerting';
import { AlertTracker } from '@/lib/collector/alert-tracker';
import { FindingsTracker } from '@/lib/collector/findings-tracker';
import { LagTracker } from '@/lib/collector/lag-tracker';
import { poll } from '@/lib/collector/poll';
import { COLLECTOR } from '@/lib/collector/settings';
import { stateFromPoll } from '@/lib/collector/state';
import type { ClusterEvent } from '@/lib/model/events';
import type { Finding } from '@/lib/model/findings';
import type { PollResult } from '@/lib/model/poll';
import { SyntheticCluster, type SyntheticSize } from './synthetic-cluster';

export const ANALYSIS_PHASES = ['guard', 'samples', 'state', 'diff', 'lag', 'findings', 'alerts'] as const;
export type AnalysisPhase = (typeof ANALYSIS_PHASES)[number];

export interface AnalysisStep {
  /** Milliseconds per phase (wall clock), and the synthetic source's own read (not analysis). */
  ms: Record<AnalysisPhase | 'source', number>;
  result: PollResult;
  state: ClusterState;
  /** Every event of the poll, in the collector's order: diff, lag, findings, alerts. */
  events: ClusterEvent[];
  lags: GroupLag[];
  /** The end offsets kept as history (moved, heartbeat, or the poll before a move). */
  offsetSamples: OffsetSampleRow[];
  /** Throughput counted per topic and 5-minute bucket, handed to the store about once a minute. */
  throughput: ThroughputRow[];
  findings: Finding[];
  /** What the store is given with the findings and alerts (as the collector's tick passes them). */
  lastWrites: { topic: string; at: number }[];
  evaluation: Evaluation;
}

export const POLL_INTERVAL_MS = 5000;

export class SyntheticAnalysis {
  readonly cluster: SyntheticCluster;
  private prev: ClusterState | null = null;
  private polls = 0;
  private clock = Date.UTC(2026, 10, 29, 12);
  private readonly guard = new EndOffsetGuard();
  private readonly sampler = new EndOffsetSampler(COLLECTOR.offsetSampleHeartbeatMs);
  private readonly throughput = new ThroughputRollup();
  private readonly lag = new LagTracker();
  private readonly findings = new FindingsTracker('synthetic:9092');
  private readonly alerts = new AlertTracker({ id: 'synthetic', name: 'synthetic' }, alertSettingsOf({}));

  constructor(size: SyntheticSize) {
    this.cluster = new SyntheticCluster(size);
  }

  /** Advances the cluster (except before the first poll), polls it and runs the analysis. */
  async step(): Promise<AnalysisStep> {
    if (this.polls > 0) this.cluster.advance();
    this.clock += POLL_INTERVAL_MS;
    const now = () => this.clock;
    const refreshConfigs = this.polls % COLLECTOR.configEveryNPolls === 0;
    let t = performance.now();
    const lap = () => {
      const was = t;
      t = performance.now();
      return t - was;
    };
    const result = await poll(this.cluster, { deadlineMs: 60_000, refreshConfigs, now });
    const source = lap();
    const meta = result.metadata;
    if (!meta || !result.offsets) throw new Error(`synthetic poll failed: ${result.error ?? 'no metadata'}`);
    result.offsets = this.guard.check(result.offsets, new Map(meta.topics.map((x) => [x.name, x.topicId])));
    const guard = lap();
    const offsetSamples = this.sampler.select(result.startedAt, result.offsets);
    const throughput = this.throughput.observe(result.startedAt, result.offsets, leaderlessOf(meta));
    const samples = lap();
    const state = stateFromPoll(this.prev, result);
    const stateMs = lap();
    const diff = diffStates(this.prev, state);
    const diffMs = lap();
    const lag = this.lag.observe(result);
    const lagMs = lap();
    const found = this.findings.observe(result, state, lag.lags);
    const findingsMs = lap();
    const alerted = this.alerts.observe(result, state, lag.lags, found.findings);
    const alertsMs = lap();
    this.prev = state;
    this.polls += 1;
    return {
      ms: { source, guard, samples, state: stateMs, diff: diffMs, lag: lagMs, findings: findingsMs, alerts: alertsMs },
      result,
      state,
      events: [...diff, ...lag.events, ...found.events, ...alerted.events],
      lags: lag.lags,
      offsetSamples,
      throughput,
      findings: found.findings,
      lastWrites: found.lastWrites,
      evaluation: alerted.evaluation,
    };
  }
}
