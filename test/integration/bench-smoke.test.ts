import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The scale benches at a tiny size, so none rots: bench/large-cluster.ts (Kafkascope beside kcat
 * and kafka-consumer-groups, full collector ticks) and bench/api-load.ts (the app under
 * autocannon, the lists in Chromium) on a cluster of their own (ports 26092.., kept between the
 * two, wiped by the second). Figures are printed, not asserted: timings are the benches' job.
 */
const ENV = {
  BENCH_BASE_PORT: process.env.BENCH_SMOKE_BASE_PORT ?? '26092',
  BENCH_TOPICS: '6',
  BENCH_GROUPS: '4',
  BENCH_GROUP_TOPICS: '2',
  BENCH_RUNS: '2',
  BENCH_TICKS: '3',
  BENCH_WARMUP_S: '5',
  BENCH_LOAD_S: '1',
  BENCH_APP_PORT: process.env.BENCH_SMOKE_APP_PORT ?? '3650',
  KAFKA_NODE_HEAP: '320m',
};

function run(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', script, ...args], { env: { ...process.env, ...ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** The tail of the bench's output, then its last error line again: CI keeps only the end of its log. */
const failure = (out: string) => `${out.slice(-1500)}\n→ ${out.split('\n').filter((l) => /error|Error|in use|refused/.test(l)).at(-1) ?? 'no error line'}`;

const hasKcat = await new Promise<boolean>((resolve) => spawn('kcat', ['-V']).on('exit', (c) => resolve(c === 0)).on('error', () => resolve(false)));

describe('scale benches (smoke size)', () => {
  it.runIf(hasKcat)('large-cluster: every measurement row, with ratios against kcat and kafka-consumer-groups', async () => {
    const { code, out } = await run('bench/large-cluster.ts', ['--keep']);
    console.log(out.split('\n').filter((l) => l.startsWith('|')).join('\n'));
    expect(code, failure(out)).toBe(0);
    expect(out).toMatch(/\| whole-cluster metadata vs `kcat -L -J` \| [\d.]+ \/ [\d.]+ ms \| [\d.]+ \/ [\d.]+ ms \| [\d.]+× /);
    expect(out).toMatch(/\| lag of all groups vs `kafka-consumer-groups --describe --all-groups` \| [\d.]+ \/ [\d.]+ ms \| [\d.]+ \/ [\d.]+ ms \| [\d.]+× /);
    expect(out).toMatch(/\| later ticks \(n=2\) \| .* RSS \d+ → \d+ MiB \|/);
    expect(out).toMatch(/statuses: ok \|/);
  }, 420_000);

  it('retention: the prune timed with and without the index on time', async () => {
    const { code, out } = await run('bench/retention.ts', [], { BENCH_HOURS: '0.5', BENCH_PARTITIONS: '200' });
    expect(code, failure(out)).toBe(0);
    expect(out).toMatch(/offset_sample \((postgres|embedded) database\): 72000 rows/);
    expect(out).toMatch(/\| the 10-minute prune \(24000 rows of 72000\) \|/);
    expect(out).toMatch(/\| with the BRIN index on at \| [\d.]+ \| [\d.]+ \| [\d.]+ \|/);
    expect(out).toMatch(/\| without \(a sequential scan\) \| [\d.]+ \| [\d.]+ \| [\d.]+ \|/);
  }, 120_000);

  it('read-models: every list, chart and page query timed, the throughput chart from rollups and from samples', async () => {
    const { code, out } = await run('bench/read-models.ts', [], { BENCH_LAG_RAW_HOURS: '2', BENCH_OFFSET_HOURS: '2' });
    expect(code, failure(out)).toBe(0);
    for (const name of ['topics page 1', 'overview', 'group lag, 30 days (hourly rollups)', 'topic throughput, 24 hours (5-minute rollups)', 'before: topic throughput, 2 hours from samples', 'groups page 1']) {
      expect(out).toMatch(new RegExp(`${name.replace(/[()]/g, '\\$&')}.* n=\\d+ +p50=[\\d.]+ ms +p95=[\\d.]+ ms`));
    }
  }, 300_000);

  // The store part needs a Postgres server of its own to create a database on.
  it.runIf(process.env.DATABASE_URL?.startsWith('postgres'))('synthetic: analysis, collector ticks with the store, history bytes, rows per second', async () => {
    const { code, out } = await run('bench/synthetic.ts', ['--partitions', '200', '--groups', '10', '--runs', '2', '--store-partitions', '200', '--store-groups', '10', '--ticks', '2']);
    expect(code, failure(out)).toBe(0);
    expect(out).toMatch(/\| tick wall \| [\d.]+ \| [\d.]+ \| [\d.]+ \|/);
    expect(out).toMatch(/\| offset_sample \| .* \| 6 h \|/);
    expect(out).toMatch(/\| store write \(recordPoll, one transaction\) \| [\d.]+ \| [\d.]+ \| [\d.]+ \| \d+ rows a poll \|/);
    expect(out).toMatch(/rows written per second \(median \/ min \/ max\): \d+ \/ \d+ \/ \d+/);
  }, 300_000);

  it('api-load: every route answered without errors under load, and both lists render in Chromium', async () => {
    const { code, out } = await run('bench/api-load.ts', []);
    console.log(out.split('\n').filter((l) => l.startsWith('|') || l.startsWith('app RSS') || l.startsWith('at the end')).join('\n'));
    expect(code, failure(out)).toBe(0);
    // The route rows (nine columns), not the Chromium rows that share their first words.
    const rows = out.split('\n').filter((l) => l.split('|').length === 11 && /^\| (overview|topics list|topic page|groups list|group page|group lag chart|events|findings|\/metrics)/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(20); // each route printed while measuring and in the table
    for (const row of rows) expect(row.split('|')[8]?.trim(), row).toBe('0'); // errors + timeouts + non-2xx
    expect(out).toMatch(/\| topics list \| [\d.]+ \/ [\d.]+ ms \| [\d.]+ \/ [\d.]+ ms \| \d+ DOM nodes \|/);
    expect(out).toMatch(/\| groups list \| [\d.]+ \/ [\d.]+ ms \| [\d.]+ \/ [\d.]+ ms \| \d+ DOM nodes \|/);
    expect(out).toMatch(/at the end, per process: .*lib\/runtime\/main\.ts \(pid \d+\) \d+ MiB/);
  }, 420_000);
});
