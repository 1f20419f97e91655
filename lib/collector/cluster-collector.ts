import { diffStates } from '@/lib/analysis/events';
import { DEFAULT_LAG_STATUS_CONFIG, type LagStatusConfig } from '@/lib/analysis/lag';
import type { ClusterState } from '@/lib/analysis/types';
import type { ClusterConfig } from '@/lib/config/types';
import type { Db } from '@/lib/store/client';
import { loadClusterState } from '@/lib/store/cluster-state';
import { loadLagHistory } from '@/lib/store/lag-history';
import { recordPoll } from '@/lib/store/record-poll';
import { errorMessage } from './deadline';
import { LagTracker } from './lag-tracker';
import { ClusterLease } from './lease';
import { poll } from './poll';
import type { ClusterSource } from './source';
import { stateFromPoll } from './state';
import { COLLECTOR } from './settings';

export interface CollectorDeps {
  db: Db;
  databaseUrl: string;
  createSource: (cfg: ClusterConfig) => ClusterSource;
  log?: (msg: string) => void;
  lagConfig?: LagStatusConfig;
}

/**
 * Polls one cluster at a fixed rate. Polls never overlap (the next waits for the previous one to
 * be stored) and each has a deadline shorter than the interval. `prev` is the last *stored*
 * state: if storing fails, the next poll diffs against it again, so no event is lost.
 */
export class ClusterCollector {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private prev: ClusterState | null | undefined = undefined; // undefined = not loaded yet
  private source: ClusterSource | null = null;
  private pollCount = 0;
  private configsStale = true;
  private running: Promise<void> | null = null;
  private lag: LagTracker | null = null;
  private readonly lease: ClusterLease;
  private readonly log: (msg: string) => void;

  constructor(
    private readonly cfg: ClusterConfig,
    private readonly deps: CollectorDeps,
  ) {
    this.lease = new ClusterLease(deps.databaseUrl, cfg.id);
    this.log = deps.log ?? ((m) => console.log(`[collector ${cfg.id}] ${m}`));
  }

  start(): void {
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      const started = Date.now();
      this.running = this.tick().finally(() => {
        this.running = null;
        const elapsed = Date.now() - started;
        // Fixed rate: the next poll starts one interval after this one started (or at once if late).
        this.schedule(Math.max(0, this.cfg.pollIntervalMs - elapsed));
      });
    }, delayMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.source?.close().catch(() => undefined);
    await this.lease.release();
  }

  /** One poll-and-store cycle; exposed for tests. */
  async tick(): Promise<void> {
    if (!(await this.lease.tryAcquire())) {
      this.prev = undefined; // someone else polls; reload their state if we take over later
      return;
    }
    try {
      if (this.prev === undefined) {
        this.prev = await loadClusterState(this.deps.db, this.cfg.id);
        this.lag = new LagTracker(this.deps.lagConfig);
        this.lag.restore(await loadLagHistory(this.deps.db, this.cfg.id, Date.now(), (this.deps.lagConfig ?? DEFAULT_LAG_STATUS_CONFIG).windowMs));
      }
      this.source ??= this.deps.createSource(this.cfg);
      const refreshConfigs = this.configsStale || this.pollCount % COLLECTOR.configEveryNPolls === 0;
      const result = await poll(this.source, {
        deadlineMs: Math.floor(this.cfg.pollIntervalMs * COLLECTOR.deadlineFraction),
        refreshConfigs,
      });
      if (result.status === 'failed') await this.resetSource();
      const state = stateFromPoll(this.prev, result);
      const lag = this.lag?.observe(result) ?? { lags: [], events: [] };
      const events = [...diffStates(this.prev, state), ...lag.events];
      await recordPoll(this.deps.db, { clusterId: this.cfg.id, clusterName: this.cfg.name, poll: result, state, events, lags: lag.lags });
      this.prev = state;
      this.pollCount += 1;
      this.configsStale = refreshConfigs && result.configs === null;
      if (events.length > 0) this.log(summarise(events));
      if (result.status !== 'ok') this.log(`poll ${result.status}: ${result.error ?? ''}`);
    } catch (e) {
      this.log(`poll not stored: ${errorMessage(e)}`);
    }
  }

  private async resetSource(): Promise<void> {
    const s = this.source;
    this.source = null;
    await s?.close().catch(() => undefined);
  }
}

/** "BROKER_DOWN broker=2; ISR_SHRINK x12" — one line per poll, not one per partition. */
function summarise(events: { type: string; brokerId?: number; topic?: string; partition?: number }[]): string {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts]
    .map(([type, n]) => {
      const only = n === 1 ? events.find((e) => e.type === type) : undefined;
      const where = only ? [only.brokerId !== undefined ? `broker=${only.brokerId}` : '', only.topic ? `${only.topic}-${only.partition ?? ''}` : ''].filter(Boolean).join(' ') : '';
      return n === 1 ? `${type}${where ? ` ${where}` : ''}` : `${type} x${n}`;
    })
    .join('; ');
}
