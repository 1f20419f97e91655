import { ElrCache } from './elr-cache';
import { EndOffsetGuard } from '@/lib/analysis/end-offsets';
import { diffStates } from '@/lib/analysis/events';
import { partitionKey, type RecordTime } from '@/lib/analysis/group-lag';
import { DEFAULT_LAG_STATUS_CONFIG, type LagStatusConfig } from '@/lib/analysis/lag';
import { planPeeks } from '@/lib/analysis/lag/peek-plan';
import { EndOffsetSampler } from '@/lib/analysis/offset-samples';
import { leaderlessOf, ThroughputRollup, type ThroughputRollupOptions } from '@/lib/analysis/throughput-rollup';
import type { ClusterState } from '@/lib/analysis/types';
import type { ClusterConfig } from '@/lib/config/types';
import { alertSettingsOf } from '@/lib/config/alerting';
import { loadActiveAlerts } from '@/lib/store/alerts';
import type { Db } from '@/lib/store/client';
import { loadClusterState } from '@/lib/store/cluster-state';
import { loadFindingState } from '@/lib/store/finding-state';
import { isConnectionError } from '@/lib/store/errors';
import { loadLagHistory } from '@/lib/store/lag-history';
import { recordPoll } from '@/lib/store/record-poll';
import { WrittenRows } from '@/lib/store/written-rows';
import { AlertSender } from './alert-sender';
import { AlertTracker } from './alert-tracker';
import { errorMessage } from './deadline';
import { FindingsTracker } from './findings-tracker';
import { END_HISTORY, LagTracker } from './lag-tracker';
import { ClusterLease } from './lease';
import { poll, runLatePhase, type PollResult } from './poll';
import { RecordTimes } from './record-times';
import { COLLECTOR } from './settings';
import type { ClusterSource } from './source';
import { stateFromPoll } from './state';
import { StoreBuffer } from './store-buffer';
import { summariseEvents } from './summary';

export interface CollectorDeps {
  db: Db;
  databaseUrl: string;
  createSource: (cfg: ClusterConfig) => ClusterSource;
  log?: (msg: string) => void;
  lagConfig?: LagStatusConfig;
  /** How counted throughput is handed to the store (default: once a minute; tests: every poll). */
  throughput?: ThroughputRollupOptions;
}

/**
 * Polls one cluster at a fixed rate. Polls never overlap (the next waits for the previous one to
 * finish) and each has a deadline shorter than the interval. What a poll observes is diffed
 * against the previous poll in memory and queued for the store; while the database is
 * unreachable the queue holds the polls (bounded, see StoreBuffer) and they are written, with
 * their own times, when it is back.
 */
export class ClusterCollector {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private prev: ClusterState | null | undefined = undefined; // undefined = not loaded yet
  private source: ClusterSource | null = null;
  private pollCount = 0;
  /** ELR of the topics that can have one each poll, of all on config-refresh polls. */
  private readonly elr = new ElrCache();
  private configsStale = true;
  private fullConfigsStale = true;
  private lastOutcome: string | null = null;
  /** Topics whose every config has been read (a new one gets its full read on the next poll). */
  private readonly fullyConfigured = new Set<string>();
  private running: Promise<void> | null = null;
  private lag: LagTracker | null = null;
  private offsetSampler = new EndOffsetSampler(COLLECTOR.offsetSampleHeartbeatMs);
  private throughput: ThroughputRollup;
  /** The partition rows this instance last committed; a new one whenever the state is (re)loaded. */
  private written = new WrittenRows();
  private findings: FindingsTracker | null = null;
  private alerts: AlertTracker | null = null;
  private sender: AlertSender | null = null;
  private leaseHeld = false;
  /** Set while the database is failing: writes and lease checks then run beside the polls, not in their way. */
  private storeDown = false;
  private flushing: Promise<void> | null = null;
  private leaseCheck: Promise<void> | null = null;
  private readonly guard = new EndOffsetGuard();
  private readonly times = new RecordTimes();
  private readonly buffer = new StoreBuffer();
  private readonly lease: ClusterLease;
  private readonly log: (msg: string) => void;

  constructor(
    private readonly cfg: ClusterConfig,
    private readonly deps: CollectorDeps,
  ) {
    this.lease = new ClusterLease(deps.databaseUrl, cfg.id);
    this.log = deps.log ?? ((m) => console.log(`[collector ${cfg.id}] ${m}`));
    this.throughput = new ThroughputRollup(deps.throughput);
  }

  private get alertSettings() {
    return alertSettingsOf(this.cfg);
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
    await this.flushing;
    await this.flushOnce().catch(() => undefined);
    await this.sender?.idle();
    await this.source?.close().catch(() => undefined);
    await this.lease.release();
  }

  /** Polls waiting for the database (exposed for tests and logs). */
  get buffered(): number {
    return this.buffer.size;
  }

  /** One poll-and-store cycle; exposed for tests. */
  async tick(): Promise<void> {
    const tickStart = Date.now();
    if (!(await this.mayPoll())) return;
    try {
      if (this.prev === undefined) {
        this.prev = await loadClusterState(this.deps.db, this.cfg.id);
        this.lag = new LagTracker(this.deps.lagConfig);
        this.offsetSampler = new EndOffsetSampler(COLLECTOR.offsetSampleHeartbeatMs);
        this.throughput = new ThroughputRollup(this.deps.throughput);
        this.written = new WrittenRows();
        this.lag.restore(await loadLagHistory(this.deps.db, this.cfg.id, Date.now(), (this.deps.lagConfig ?? DEFAULT_LAG_STATUS_CONFIG).windowMs, END_HISTORY));
        this.findings = new FindingsTracker(this.cfg.brokers.join(','));
        this.findings.restore(await loadFindingState(this.deps.db, this.cfg.id));
        this.alerts = new AlertTracker(this.cfg, this.alertSettings);
        this.alerts.restore(await loadActiveAlerts(this.deps.db, this.cfg.id));
      }
    } catch (e) {
      this.prev = undefined;
      this.log(`cannot load the last known state, not polling yet: ${errorMessage(e)}`);
      return;
    }
    this.source ??= this.deps.createSource(this.cfg);
    const refreshConfigs = this.configsStale || this.pollCount % COLLECTOR.configEveryNPolls === 0;
    const fullConfigs = this.fullConfigsStale || this.pollCount % COLLECTOR.fullConfigsEveryNPolls === 0;
    const newTopics = fullConfigs ? [] : (this.prev?.topics ?? []).map((t) => t.name).filter((n) => !this.fullyConfigured.has(n));
    const result = await poll(this.source, { deadlineMs: Math.floor(this.cfg.pollIntervalMs * COLLECTOR.deadlineFraction), refreshConfigs: refreshConfigs || fullConfigs, fullConfigs, fullConfigsFor: newTopics, elr: this.elr });
    if (result.configEntries) {
      if (fullConfigs) this.fullyConfigured.clear();
      for (const t of result.configEntries.keys()) this.fullyConfigured.add(t);
    }
    if (result.status === 'failed') await this.resetSource();
    if (result.offsets && result.metadata) {
      result.offsets = this.guard.check(result.offsets, new Map(result.metadata.topics.map((t) => [t.name, t.topicId])));
    }
    const times = await this.recordTimes(result);
    const offsetSamples = result.offsets ? this.offsetSampler.select(result.startedAt, result.offsets) : [];
    const throughput = result.offsets && result.metadata ? this.throughput.observe(result.startedAt, result.offsets, leaderlessOf(result.metadata)) : [];
    const state = stateFromPoll(this.prev ?? null, result);
    const lag = this.lag?.observe(result, times) ?? { lags: [], events: [], gaps: [] };
    const found = state.reachable && result.metadata ? this.findings?.observe(result, state, lag.lags) : undefined;
    const alerted = this.alerts?.observe(result, state, lag.lags, found?.findings);
    const events = [...diffStates(this.prev ?? null, state), ...lag.events, ...(found?.events ?? []), ...(alerted?.events ?? [])];
    this.prev = state;
    this.pollCount += 1;
    this.configsStale = (refreshConfigs || fullConfigs) && result.configs === null;
    this.fullConfigsStale = fullConfigs && result.configEntries === null;
    this.buffer.push({
      clusterId: this.cfg.id,
      clusterName: this.cfg.name,
      poll: result,
      state,
      events,
      offsetSamples,
      throughput,
      written: this.written,
      lags: lag.lags,
      ...(found ? { findings: found.findings, lastWrites: found.lastWrites } : {}),
      ...(alerted ? { alerts: { evaluation: alerted.evaluation, receivers: this.alertSettings.receivers.map((r) => r.name) } } : {}),
    });
    if (events.length > 0) this.log(summariseEvents(events));
    // A failing poll is logged when it starts failing (or fails differently), and when it recovers; not every interval.
    const outcome = result.status === 'ok' ? 'ok' : `poll ${result.status}: ${result.error ?? ''}`;
    if (outcome !== this.lastOutcome) {
      if (outcome !== 'ok') this.log(outcome);
      else if (this.lastOutcome !== null) this.log('polls succeed again');
      this.lastOutcome = outcome;
    }
    // A write to a database that just went away can hang for seconds (pool and transaction
    // timeouts): it may take until the next poll is due, then it goes on beside the polls.
    const flushing = (this.flushing ??= this.flushOnce().finally(() => (this.flushing = null)));
    if (!this.storeDown) await untilOrTimeout(flushing, this.cfg.pollIntervalMs - (Date.now() - tickStart) - 50);
    // Notifications go out beside the polls: a slow receiver never holds one up.
    if (!this.storeDown && this.buffer.size === 0) {
      this.sender ??= new AlertSender(this.deps.db, { clusterId: this.cfg.id, clusterName: this.cfg.name, publicUrl: this.cfg.publicUrl ?? null }, this.alertSettings, this.log);
      void this.sender.kick();
    }
  }

  /** Whether this instance polls now: it holds the lease, or held it and only the database is gone. */
  private async mayPoll(): Promise<boolean> {
    if (this.storeDown && this.leaseHeld && this.prev !== undefined) {
      // Asking the database could hang for the connect timeout; ask beside the polls instead.
      this.leaseCheck ??= this.lease
        .acquire()
        .then((lease) => void this.onLease(lease))
        .finally(() => (this.leaseCheck = null));
      return this.leaseHeld;
    }
    return this.onLease(await this.lease.acquire());
  }

  private onLease(lease: 'held' | 'taken' | 'unreachable'): boolean {
    if (lease === 'held') {
      this.leaseHeld = true;
      return true;
    }
    if (lease === 'unreachable' && this.leaseHeld && this.prev !== undefined) {
      this.storeDown = true;
      return true;
    }
    if (lease === 'taken' && this.buffer.size > 0) {
      this.log(`another instance polls this cluster now; ${this.buffer.clear()} buffered poll(s) dropped`);
    }
    this.leaseHeld = false;
    this.prev = undefined; // someone else polls; reload their state if we take over later
    return false;
  }

  /** Writes buffered polls, oldest first, until the database refuses. */
  private async flushOnce(): Promise<void> {
    let stored = 0;
    for (let item = this.buffer.peek(); item; item = this.buffer.peek()) {
      const newest = this.buffer.size === 1;
      try {
        await recordPoll(this.deps.db, { ...item.rec, currentState: newest, carried: item.carried });
        this.buffer.shift();
        stored += 1;
        if (this.storeDown && this.buffer.size === 0) {
          this.storeDown = false;
          this.log(`history database back: ${stored} poll(s) written with their own times`);
        }
      } catch (e) {
        item.attempts += 1;
        if (isConnectionError(e)) this.storeDown = true;
        else if (item.attempts >= COLLECTOR.storeAttempts) {
          this.log(`poll of ${item.rec.poll.startedAt.toISOString()} dropped after ${item.attempts} failed writes: ${errorMessage(e)}`);
          this.buffer.shift();
          continue;
        }
        this.log(`poll not stored yet (${this.buffer.size} waiting): ${errorMessage(e)}`);
        return;
      }
    }
  }

  /** Reads the records at the groups' committed offsets that matter most, within the poll's deadline. */
  private async recordTimes(result: PollResult): Promise<Map<string, RecordTime>> {
    const out = new Map<string, RecordTime>();
    const meta = result.metadata;
    const source = this.source;
    if (!meta || !result.offsets || !result.groups || !source?.peekRecords) return out;
    const topicIds = new Map(meta.topics.map((t) => [t.name, t.topicId]));
    const ends = new Map(result.offsets.map((o) => [partitionKey(o.topic, o.partition), o.endOffset]));
    const endOf = (t: string, p: number) => ends.get(partitionKey(t, p)) ?? null;
    const groups = result.groups.filter((g) => !g.error && !g.offsetsError).map((g) => ({ groupId: g.groupId, committed: g.offsets }));
    const cached = (w: { topic: string; partition: number; offset: bigint }) => this.times.get(topicIds.get(w.topic) ?? null, w, endOf(w.topic, w.partition));
    const wanted = planPeeks(groups, endOf, (w) => cached(w) !== undefined, COLLECTOR.peekBudget);
    if (wanted.length > 0) {
      const peeks = await runLatePhase(result, 'timestamps', () => source.peekRecords!(meta, wanted));
      result.peeks = peeks;
      for (const o of peeks ?? []) this.times.remember(topicIds.get(o.topic) ?? null, o, endOf(o.topic, o.partition));
    }
    for (const g of groups) {
      for (const c of g.committed) {
        const t = cached(c);
        if (t) out.set(partitionKey(c.topic, c.partition), t);
      }
    }
    return out;
  }

  private async resetSource(): Promise<void> {
    const s = this.source;
    this.source = null;
    await s?.close().catch(() => undefined);
  }
}

/** Waits for `p`, or `ms` at most (never rejects; `p` goes on either way). */
async function untilOrTimeout(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => undefined), new Promise<void>((r) => (timer = setTimeout(r, Math.max(0, ms))))]);
  clearTimeout(timer);
}
