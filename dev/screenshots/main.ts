import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { LocalCluster } from '@/dev/kafka/cluster';
import { ensureDemoTopics } from '@/dev/demo/topics';
import { startWorkload } from '@/dev/demo/workload';
import { startApp } from '@/lib/runtime/start';

// `npm run screenshots`: the demo (its own cluster on 46092-46094, the app on :3600, a throwaway
// embedded database), traffic for a minute, broker 1 killed, then every main page in light and
// dark at 1440×900 into docs/screenshots/. Everything is stopped and wiped afterwards.
const say = (m: string) => console.log(`[screenshots] ${m}`);
const BASE_PORT = 46092;
const PORT = 3600;
const OUT = 'docs/screenshots';
const TRAFFIC_MS = Number(process.env.SCREENSHOTS_TRAFFIC_MS ?? 60_000);
const AFTER_KILL_MS = Number(process.env.SCREENSHOTS_AFTER_KILL_MS ?? 15_000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const c = '/clusters/demo';
const PAGES: { name: string; path: string; ready: (p: Page) => Promise<unknown> }[] = [
  { name: 'overview', path: c, ready: (p) => p.locator('[data-stat="Brokers up"]').waitFor() },
  { name: 'brokers', path: `${c}/brokers`, ready: (p) => p.locator('[data-broker-timeline] [role="img"]').first().waitFor() },
  { name: 'broker-1', path: `${c}/brokers/1`, ready: (p) => p.getByRole('heading', { name: 'Broker 1', level: 1 }).waitFor() },
  { name: 'topics', path: `${c}/topics`, ready: (p) => p.locator('tr[data-topic]').first().waitFor() },
  { name: 'topic-account_event', path: `${c}/topics/account_event`, ready: (p) => p.getByTestId('replica-map').waitFor() },
  { name: 'topic-orders', path: `${c}/topics/orders`, ready: (p) => p.getByTestId('replica-map').waitFor() },
  { name: 'groups', path: `${c}/groups`, ready: (p) => p.locator('tr[data-group]').first().waitFor() },
  { name: 'group-billing-slow', path: `${c}/groups/billing-slow?range=15m`, ready: (p) => p.getByTestId('lag-chart').waitFor() },
  { name: 'events', path: `${c}/events`, ready: (p) => p.locator('li[data-event-type]').first().waitFor() },
  { name: 'incidents', path: `${c}/incidents`, ready: (p) => p.locator('li[data-incident]').first().waitFor() },
];

async function capture(url: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const theme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: theme, reducedMotion: 'reduce' });
      const page = await ctx.newPage();
      for (const p of PAGES) {
        await page.goto(url + p.path);
        await p.ready(page).catch(() => say(`${p.name}: not ready after 30 s, capturing anyway`));
        await page.waitForTimeout(1500); // let the charts and the other queries settle
        const file = join(OUT, `${p.name}-${theme}.png`);
        await page.screenshot({ path: file });
        say(`wrote ${file}`);
      }
      await ctx.close();
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kafkascope-shots-'));
  const cluster = new LocalCluster({ basePort: BASE_PORT, dataDir: join(dataDir, 'kafka'), log: say });
  process.env.KAFKASCOPE_DATA_DIR = join(dataDir, 'pglite');
  let workload: Awaited<ReturnType<typeof startWorkload>> | null = null;
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  try {
    await cluster.wipe();
    say(`starting a Kafka cluster at ${cluster.bootstrap()}…`);
    await cluster.start();
    const brokers = cluster.brokers();
    const admin = new Kafka({ clientId: 'kafkascope-screenshots', brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await ensureDemoTopics(admin);
    await admin.disconnect();
    workload = await startWorkload({ brokers, log: say });
    const { DATABASE_URL: _ignored, ...env } = process.env;
    app = await startApp({ ...env, KAFKA_BROKERS: brokers.join(','), KAFKA_CLUSTER_NAME: 'demo', KAFKA_POLL_INTERVAL_MS: '2000', PORT: String(PORT), HOST: '127.0.0.1' });
    const url = `http://127.0.0.1:${PORT}`;
    for (let i = 0; i < 120; i++) {
      if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
      await sleep(1000);
    }
    say(`traffic for ${TRAFFIC_MS / 1000} s…`);
    await sleep(TRAFFIC_MS);
    say('killing broker 1');
    await cluster.kill(1);
    await sleep(AFTER_KILL_MS);
    await capture(url);
  } finally {
    say('stopping and wiping everything');
    await workload?.stop().catch(() => undefined);
    await app?.stop().catch(() => undefined);
    await cluster.stop().catch(() => undefined);
    await cluster.wipe().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`screenshots: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
