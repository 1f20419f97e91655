import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import pg from 'pg';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createDb } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { recordPoll } from '@/lib/store/record-poll';
import { DEFAULT_RETENTION } from '@/lib/store/retention';
import { WrittenRows } from '@/lib/store/written-rows';
import { THROUGHPUT_BUCKET_MS } from '@/lib/analysis/throughput-rollup';
import { summarise, type Summary } from './stats';
import { ANALYSIS_PHASES, POLL_INTERVAL_MS, SyntheticAnalysis, type AnalysisStep } from './synthetic-analysis';
import { SyntheticCluster, sizeFor } from './synthetic-cluster';

/**
 * What does not need Kafka, at sizes the local cluster cannot hold (issue 12, part 3):
 *  1. the pure analysis of one poll (end-offset guard, state, diff → events, lag, findings, alerts)
 *     on a generated cluster of --partitions (200,000) and --groups (10,000);
 *  2. against Postgres (DATABASE_URL; a database of its own, dropped after), at --store-partitions
 *     (10,000) / --store-groups (500): full collector ticks with the synthetic source in place of
 *     Kafka (store write included), the same polls stored phase by phase (rows written per second),
 *     the process RSS, and the history bytes a day of 5 s polls costs (an extrapolation from
 *     --ticks polls).
 * Targets (issue 12): 200k-partition diff ≤ 250 ms; a tick at 10k partitions ≤ 1 s wall, ≤ 0.5 s CPU.
 */
const { values: args } = parseArgs({
  options: {
    partitions: { type: 'string', default: '200000' },
    groups: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '7' },
    'store-partitions': { type: 'string', default: '10000' },
    'store-groups': { type: 'string', default: '500' },
    ticks: { type: 'string', default: '20' },
    'skip-store': { type: 'boolean', default: false },
    // The share of partitions written to between polls in the store part (1 = every one moves).
    'written-share': { type: 'string', default: '1' },
  },
});
const int = (name: string, v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, not ${v}`);
  return n;
};
const PARTITIONS = int('partitions', args.partitions);
const GROUPS = int('groups', args.groups);
const RUNS = int('runs', args.runs);
const STORE_PARTITIONS = int('store-partitions', args['store-partitions']);
const STORE_GROUPS = int('store-groups', args['store-groups']);
const TICKS = int('ticks', args.ticks);
const WRITTEN_SHARE = Number(args['written-share']);
if (!(WRITTEN_SHARE > 0 && WRITTEN_SHARE <= 1)) throw new Error(`--written-share must be in (0, 1], not ${args['written-share']}`);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const row = (s: Summary, note = '') => `| ${s.name} | ${s.min} | ${s.p50} | ${s.max} | ${note} |`;
const table = (title: string, rows: string[]) => {
  console.log(`\n${title}\n| | min ms | median ms | max ms | |\n| --- | --- | --- | --- | --- |`);
  for (const r of rows) console.log(r);
};

async function analysisAtScale(): Promise<void> {
  const size = sizeFor(PARTITIONS, GROUPS);
  const t0 = performance.now();
  const a = new SyntheticAnalysis(size);
  console.log(`synthetic cluster: ${size.topics} topics × ${size.partitionsPerTopic} = ${a.cluster.partitions} partitions, ${size.groups} groups × ${size.topicsPerGroup} topics (${size.groups * size.topicsPerGroup * size.partitionsPerTopic} committed offsets), generated in ${Math.round(performance.now() - t0)} ms; load ${load()}`);
  // The first poll only sets the baseline (no previous state: no events); then RUNS polls, each after advance().
  const first = await a.step();
  const times = new Map<string, number[]>();
  let events = 0;
  let last: AnalysisStep = first;
  // Memory as the simulated clock runs: the trackers' histories fill for 30 minutes (lag samples
  // over a status window; end offsets over 6 hours), then should stay flat.
  const memory: string[] = [];
  // Under `node --expose-gc` the heap is measured after a full collection: what is live, not
  // garbage not yet collected (the collection runs outside the timed phases).
  const gc = (globalThis as { gc?: () => void }).gc;
  const mem = (poll: number) => {
    gc?.();
    const m = process.memoryUsage();
    // Typed arrays (the lag histories' columns) live outside the V8 heap: arrayBuffers counts them.
    memory.push(`${((poll * POLL_INTERVAL_MS) / 60_000).toFixed(0)} min: RSS ${mb(m.rss)}, ${gc ? 'live heap' : 'heap'} ${mb(m.heapUsed)} + array buffers ${mb(m.arrayBuffers)}`);
    if (poll > 0) console.log(`  after ${poll} polls (${memory.at(-1)}); load ${load()}`);
  };
  mem(0);
  for (let i = 0; i < RUNS; i++) {
    last = await a.step();
    if ((i + 1) % 60 === 0) mem(i + 1);
    events += last.events.length;
    for (const [k, ms] of Object.entries(last.ms)) times.set(k, [...(times.get(k) ?? []), ms]);
  }
  const total = Array.from({ length: RUNS }, (_, i) => ANALYSIS_PHASES.reduce((s, p) => s + times.get(p)![i]!, 0));
  const diffEvents = (times.get('state') ?? []).map((_, i) => times.get('state')![i]! + times.get('diff')![i]!);
  table(`Pure analysis per poll, ${a.cluster.partitions} partitions / ${size.groups} groups (${RUNS} polls after a baseline; load ${load()})`, [
    row(summarise('synthetic source read (structuredClone, not analysis)', times.get('source')!)),
    row(summarise('end-offset guard', times.get('guard')!)),
    row(summarise('state from poll', times.get('state')!)),
    row(summarise('diff → events', times.get('diff')!)),
    row(summarise('state + diff (target ≤ 250 ms)', diffEvents)),
    row(summarise('lag (LagTracker.observe: status, seconds)', times.get('lag')!)),
    row(summarise('findings (FindingsTracker.observe)', times.get('findings')!)),
    row(summarise('alerts (AlertTracker.observe)', times.get('alerts')!)),
    row(summarise('all analysis', total)),
  ]);
  if (memory.length > 2) console.log(`memory by simulated time (one poll every ${POLL_INTERVAL_MS / 1000} s): ${memory.join('; ')}`);
  console.log(`events: ${events} over ${RUNS} polls (${(events / RUNS).toFixed(0)}/poll); findings now: ${last.findings.length}; groups with lag: ${last.lags.length}; RSS ${mb(process.memoryUsage().rss)}`);
}

const HISTORY = ['offset_sample', 'commit_sample', 'lag_sample', 'poll_run', 'event', 'lag_rollup'] as const;
const CURRENT = ['partition_state', 'topic', 'consumer_group', 'consumer_group_topic', 'finding', 'broker'] as const;
/** Default retention (lib/store/retention.ts) per history table, in days; events are kept. */
const KEPT_DAYS: Record<(typeof HISTORY)[number], number | null> = {
  offset_sample: DEFAULT_RETENTION.offsetSampleHours / 24,
  commit_sample: DEFAULT_RETENTION.commitSampleHours / 24,
  lag_sample: DEFAULT_RETENTION.lagSampleDays,
  poll_run: DEFAULT_RETENTION.pollRunDays,
  event: null,
  lag_rollup: DEFAULT_RETENTION.lagRollupDays,
};
const keptFor = (days: number) => (days < 1 ? `${Math.round(days * 24)} h` : `${days} d`);

async function withStore(server: string): Promise<void> {
  const name = 'kafkascope_bench_synth';
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  const url = u.toString();
  try {
    await migrate(url);
    const db = createDb(url);
    const size = { ...sizeFor(STORE_PARTITIONS, STORE_GROUPS), writtenShare: WRITTEN_SHARE };
    const sizeNote = `${size.topics * size.partitionsPerTopic} partitions / ${size.groups} groups${WRITTEN_SHARE < 1 ? `, ${WRITTEN_SHARE * 100} % written between polls` : ''}`;

    // 1. Full collector ticks, the synthetic cluster standing in for Kafka.
    const cluster = new SyntheticCluster(size);
    const logs: string[] = [];
    const collector = new ClusterCollector(
      { id: 'synthetic', name: 'synthetic', brokers: ['synthetic:9092'], pollIntervalMs: POLL_INTERVAL_MS },
      { db, databaseUrl: url, createSource: () => cluster, log: (m) => logs.push(m) },
    );
    const rss: number[] = [process.memoryUsage().rss];
    const tick = async () => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await collector.tick();
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      rss.push(process.memoryUsage().rss);
      if (collector.buffered > 0) logs.push(`a tick returned with ${collector.buffered} poll(s) not yet stored: its time is not the whole store write`);
      return { wall, cpu: (cpu.user + cpu.system) / 1000 };
    };
    const first = await tick();
    const base = await tableSizes(db);
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < TICKS; i++) {
      cluster.advance();
      const t = await tick();
      walls.push(t.wall);
      cpus.push(t.cpu);
    }
    const loadTicks = load();
    await collector.stop();
    const stored = await db.pollRun.findMany({ where: { clusterId: 'synthetic' }, select: { status: true, phases: true } });
    const sourceMs = stored.map((p) => Math.max(...(p.phases as { ms: number }[]).map((ph) => ph.ms)));
    table(`Collector tick with store, ${sizeNote}, Postgres 15 (${TICKS} ticks after the first; load during ticks ${loadTicks})`, [
      `| first tick (empty store; configs read) | ${Math.round(first.wall)} | | | CPU ${Math.round(first.cpu)} ms |`,
      row(summarise('tick wall', walls)),
      row(summarise('tick CPU (user+system, this process)', cpus)),
      row(summarise('poll phases (synthetic source, slowest phase)', sourceMs)),
    ]);
    console.log(`poll status: ${[...new Set(stored.map((p) => p.status))].join(', ')}; RSS start ${mb(rss[0]!)}, after first tick ${mb(rss[1]!)}, max ${mb(Math.max(...rss))}, end ${mb(rss.at(-1)!)}`);
    for (const l of logs.filter((m) => !/^\d+ events?|^[A-Z_]+ ×/.test(m)).slice(0, 5)) console.log(`collector said: ${l}`);

    // 2. History bytes per poll, extrapolated to a day of 5 s polls.
    // Growth from the first stored poll to the last (an empty table's first pages are not per-poll cost).
    const sizes = await tableSizes(db);
    const polls = stored.length - 1;
    const perDay = 86_400_000 / POLL_INTERVAL_MS;
    console.log(`\nHistory growth over ${polls} polls (${sizeNote}), extrapolated linearly to ${perDay} polls/day (5 s); events at this synthetic churn`);
    console.log('| table | growth over the polls | per poll | one day (extrapolated) | 30 days (extrapolated) | kept by default | at default retention (extrapolated) |\n| --- | --- | --- | --- | --- | --- | --- |');
    let day = 0;
    let steady = 0;
    for (const t of HISTORY) {
      const bytes = (sizes.get(t) ?? 0) - (base.get(t) ?? 0);
      const per = bytes / polls;
      const kept = KEPT_DAYS[t];
      day += per * perDay;
      steady += per * perDay * (kept ?? 30);
      console.log(`| ${t} | ${mb(bytes)} | ${(per / 1024).toFixed(1)} KB | ${mb(per * perDay)} | ${mb(per * perDay * 30)} | ${kept === null ? 'always' : keptFor(kept)} | ${mb(per * perDay * (kept ?? 30))}${kept === null ? ' (30 d)' : ''} |`);
    }
    console.log(`| all history | | | ${mb(day)} | ${mb(day * 30)} | | ${mb(steady)} |`);
    console.log(`current-state tables (updated in place, not per poll): ${CURRENT.map((t) => `${t} ${mb(sizes.get(t) ?? 0)}`).join(', ')}; lag_rollup is written by retention every 10 min, not by these ticks`);

    // 3. The same polls phase by phase: analysis vs the store write, and rows written per second.
    const a = new SyntheticAnalysis(size);
    const written = new WrittenRows(); // as the collector keeps it: unchanged partition rows are not sent
    const analysis: number[] = [];
    const store: number[] = [];
    const rowsPerSec: number[] = [];
    let rows = 0;
    for (let i = 0; i <= TICKS; i++) {
      const s = await a.step();
      const t0 = performance.now();
      await recordPoll(db, { clusterId: 'bench-b', clusterName: 'bench-b', poll: s.result, state: s.state, events: s.events, offsetSamples: s.offsetSamples, throughput: s.throughput, lags: s.lags, findings: s.findings, lastWrites: s.lastWrites, alerts: { evaluation: s.evaluation, receivers: [] }, written });
      const ms = performance.now() - t0;
      rows = rowsOf(s);
      if (i === 0) continue; // the first write inserts every current-state row: not a steady tick
      analysis.push(ANALYSIS_PHASES.reduce((sum, p) => sum + s.ms[p], 0));
      store.push(ms);
      rowsPerSec.push((rows / ms) * 1000);
    }
    table(`One poll's analysis and store write, ${sizeNote} (${TICKS} polls; load ${load()})`, [
      row(summarise('analysis (guard, state, diff, lag, findings, alerts)', analysis)),
      row(summarise('store write (recordPoll, one transaction)', store), `${rows} rows a poll`),
    ]);
    const rps = summarise('rows/s', rowsPerSec);
    console.log(`rows written per second (median / min / max): ${Math.round(rps.p50)} / ${Math.round(rps.min)} / ${Math.round(rps.max)}`);
    // Throughput rollups grow by bucket, not by poll (a bucket's row is added to in place): one row
    // per topic every 5 minutes, at the bytes a row takes here.
    const [tr] = await db.$queryRawUnsafe<{ n: bigint; bytes: bigint }[]>(`SELECT count(*) AS n, pg_total_relation_size('throughput_rollup') AS bytes FROM throughput_rollup`);
    if (tr && tr.n > 0n) {
      const perRow = Number(tr.bytes) / Number(tr.n);
      const perDay = size.topics * (86_400_000 / THROUGHPUT_BUCKET_MS) * perRow;
      console.log(`throughput_rollup: ${size.topics} topics × ${86_400_000 / THROUGHPUT_BUCKET_MS} buckets a day × ~${perRow.toFixed(0)} bytes a row (${tr.n} rows here) = ${mb(perDay)} a day, ${mb(perDay * DEFAULT_RETENTION.throughputRollupDays)} at the default ${DEFAULT_RETENTION.throughputRollupDays} days`);
    }
    await db.$disconnect();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function tableSizes(db: ReturnType<typeof createDb>): Promise<Map<string, number>> {
  const rows = await db.$queryRawUnsafe<{ name: string; bytes: bigint }[]>(
    `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes FROM pg_class c WHERE c.relname = ANY($1::text[]) AND c.relkind = 'r'`,
    [...HISTORY, ...CURRENT],
  );
  return new Map(rows.map((r) => [r.name, Number(r.bytes)]));
}

/** Rows one steady poll writes: history inserts and current-state upserts (recordPoll and its writers). */
function rowsOf(s: AnalysisStep): number {
  const partitions = s.state.topics.reduce((n, t) => n + t.partitions.length, 0);
  const offsets = s.offsetSamples.length;
  const groupTopics = s.lags.reduce((n, g) => n + g.topics.length, 0);
  const commits = s.lags.reduce((n, g) => n + g.partitions.length, 0);
  const history = 1 + s.events.length + offsets + groupTopics + commits; // poll_run, event, offset_sample, lag_sample, commit_sample
  const current = 1 + s.state.brokers.length + s.state.topics.length + partitions + (s.result.groups?.length ?? 0) + groupTopics + s.findings.length;
  return history + current;
}

console.log(`load before: ${load()}`);
await analysisAtScale();
if (!args['skip-store']) {
  const server = process.env.DATABASE_URL;
  if (!server || !server.startsWith('postgres')) throw new Error('set DATABASE_URL to a Postgres server (a database of its own is created and dropped), or pass --skip-store');
  await withStore(server);
}
