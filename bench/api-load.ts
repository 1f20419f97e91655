import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import kafkajs from 'kafkajs';
import { chromium } from '@playwright/test';
import { freshDatabase } from '@/test/support/database';
import { cluster, fill, groupName, SIZE, topicName, wipeLarge } from './large-fill';
import { summarise } from './stats';

/**
 * The running app on the large cluster (bench/large-fill.ts): its API under concurrent load
 * (autocannon, 10 connections, while the collector polls every 5 s), its processes' memory, and
 * time to a usable topics and groups list in Chromium.
 *
 *   DATABASE_URL=postgresql://… KAFKA_NODE_HEAP=1g npx tsx bench/api-load.ts [--keep]
 *
 * Needs a production build (`npm run build`); the app is `npm start`'s entry point on port
 * BENCH_APP_PORT (default 3600) with a fresh database. BENCH_WARMUP_S (default 60) of polling
 * first, so lists and charts have history; BENCH_LOAD_S seconds per route (default 10).
 */
const PORT = Number(process.env.BENCH_APP_PORT ?? 3600);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 60);
const LOAD_S = Number(process.env.BENCH_LOAD_S ?? 10);
const keep = process.argv.includes('--keep');
const base = `http://127.0.0.1:${PORT}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A process and all its descendants with their RSS (KiB) and what they run, from /proc. */
function processTree(pid: number): { pid: number; command: string; kb: number }[] {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const ppid = Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: { pid: number; command: string; kb: number }[] = [];
  const walk = (p: number) => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      const command = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 4).join(' ');
      out.push({ pid: p, command, kb });
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}

/** RSS of a process and all its descendants (MiB). */
const treeRss = (pid: number) => Math.round(processTree(pid).reduce((sum, p) => sum + p.kb, 0) / 1024);

await cluster.start();
const database = await freshDatabase();
const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', KAFKA_BROKERS: cluster.brokers().join(','), DATABASE_URL: database.url, KAFKA_POLL_INTERVAL_MS: '5000' };
delete env.KAFKASCOPE_CONFIG;
const app = spawn('node', ['--import', 'tsx', 'lib/runtime/main.ts'], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  const kafka = new kafkajs.Kafka({ clientId: 'bench-api', brokers: cluster.brokers(), logLevel: kafkajs.logLevel.NOTHING });
  await fill(kafka);
  const get = async (path: string) => (await fetch(base + path)).json() as Promise<Record<string, unknown>>;
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/api/clusters/default/overview`).then((r) => r.ok, () => false);
    if (ok && ((await get('/api/clusters/default/overview')).brokers as { total?: number } | undefined)?.total) break;
    if (i > 300) throw new Error('the app did not serve a polled overview within 5 minutes');
    await sleep(1000);
  }
  const rss: number[] = [];
  console.log(`app up; ${WARMUP_S} s of polling first (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  for (let t = 0; t < WARMUP_S; t += 5) {
    await sleep(5000);
    rss.push(treeRss(app.pid!));
  }

  const routes: [string, string][] = [
    ['overview', '/api/clusters/default/overview'],
    ['topics list (page 1)', '/api/clusters/default/topics'],
    ['topic page', `/api/clusters/default/topics/${topicName(Math.min(7, SIZE.topics - 1))}`],
    ['groups list', '/api/clusters/default/groups'],
    ['group page', `/api/clusters/default/groups/${groupName(Math.min(7, SIZE.groups - 1))}`],
    ['group lag chart (1 h)', `/api/clusters/default/groups/${groupName(Math.min(7, SIZE.groups - 1))}/lag`],
    ['events', '/api/clusters/default/events'],
    ['findings', '/api/clusters/default/findings'],
    ['/metrics', '/metrics'],
    ['/metrics?partition_lag=true', '/metrics?partition_lag=true'],
  ];
  const rows: string[] = [];
  for (const [name, path] of routes) {
    const first = await fetch(base + path);
    const body = await first.arrayBuffer();
    const size = body.byteLength;
    if (!first.ok) console.log(`${name}: ${first.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
    const r = await autocannon({ url: base + path, connections: 10, duration: LOAD_S });
    rss.push(treeRss(app.pid!));
    const l = r.latency;
    rows.push(`| ${name} | ${l.p50} | ${l.p90} | ${l.p97_5} | ${l.p99} | ${l.max} | ${r.requests.total} | ${r.errors + r.timeouts + r.non2xx} | ${Math.round(size / 1024)} KiB |`);
    console.log(rows.at(-1));
  }

  // Chromium: time from navigation to the first row of the list, three times each, and to the
  // page's load event (its scripts loaded and run). Not waiting for the load event before looking
  // for the row: the first page of a list is in the HTML (the page reads it on the server).
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const ui: string[] = [];
  for (const [name, path, first] of [
    ['topics list', '/clusters/default/topics', topicName(0)],
    // The list is sorted worst first by default; by id, group 0 is the first row.
    ['groups list', '/clusters/default/groups?sort=name', groupName(0)],
  ] as const) {
    const times: number[] = [];
    const loads: number[] = [];
    let nodes = 0;
    let failed = '';
    for (let i = 0; i < 3 && !failed; i++) {
      const page = await browser.newPage();
      const t0 = performance.now();
      await page.goto(base + path, { waitUntil: 'commit' });
      // A list that never shows its first row is a result too (and its text says why), not a crash.
      const shown = await page.getByRole('link', { name: first, exact: true }).first().waitFor({ timeout: 60_000 }).then(() => true, () => false);
      if (shown) times.push(performance.now() - t0);
      else failed = `no row "${first}" within 60 s; the page said: ${(await page.locator('main').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 200)}`;
      await page.waitForLoadState('load');
      loads.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
      nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      await page.close();
    }
    const s = summarise(name, times);
    const l = summarise(name, loads);
    ui.push(failed ? `| ${name} | ${failed} | | ${nodes} DOM nodes |` : `| ${name} | ${s.min} / ${s.p50} ms | ${l.min} / ${l.p50} ms | ${nodes} DOM nodes |`);
  }
  await browser.close();

  console.log(`\nAPI at concurrency 10 for ${LOAD_S} s each, while the collector polls (${SIZE.topics} topics × 10, ${SIZE.groups} groups); load ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  console.log('| route | p50 ms | p90 ms | p97.5 ms | p99 ms | max ms | requests | errors | response |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(rows.join('\n'));
  console.log('\n| Chromium | first row: min / p50 | load event: min / p50 | page size |\n| --- | --- | --- | --- |');
  console.log(ui.join('\n'));
  console.log(`\napp RSS (all its processes): ${rss.join(', ')} MiB`);
  console.log(`at the end, per process: ${processTree(app.pid!).map((p) => `${p.command} (pid ${p.pid}) ${Math.round(p.kb / 1024)} MiB`).join('; ')}`);
} finally {
  if (app.exitCode === null) {
    const exited = new Promise((r) => app.once('exit', r));
    app.kill('SIGTERM');
    await exited;
  }
  await database.drop();
  if (keep) await cluster.stop();
  else await wipeLarge();
}
