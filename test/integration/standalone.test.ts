import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';
import { freePort, killGroup, listening, processGroup, start, waitForOk, type Started } from '../support/process';
import { standaloneBuild } from '../support/standalone-build';

// The container image's entry point, run as the Dockerfile runs it: its CMD with plain `node`, in a
// copy of .next/standalone outside the repository (so nothing resolves from the repository's
// node_modules), against a fresh database and the real test cluster.
const dockerfile = readFileSync('Dockerfile', 'utf8').replace(/\\\n\s*/g, '');
const instruction = (name: string) => {
  const m = new RegExp(`^${name} (?:.* )?CMD (\\[.*\\])$|^${name} (\\[.*\\])$`, 'm').exec(dockerfile);
  if (!m) throw new Error(`Dockerfile has no ${name} [...]`);
  return JSON.parse(m[1] ?? m[2] ?? '') as string[];
};
const CMD = instruction('CMD');
const HEALTHCHECK = instruction('HEALTHCHECK');

let app: string;
let database: TestDatabase;
const started: Started[] = [];

beforeAll(async () => {
  const built = standaloneBuild();
  app = mkdtempSync(join(tmpdir(), 'kafkascope-image-'));
  cpSync(built, app, { recursive: true });
  database = await freshDatabase();
});
afterAll(async () => {
  for (const s of started) killGroup(s.pid);
  await database?.drop();
  if (app) rmSync(app, { recursive: true, force: true });
});

function env(port: number, cluster: string): NodeJS.ProcessEnv {
  // Only what the image has: no NODE_PATH, no repository; PATH for `node` itself.
  return { PATH: process.env.PATH, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', PORT: String(port), KAFKA_BROKERS: cluster, KAFKA_CLUSTER_NAME: 'image', DATABASE_URL: database.url };
}

describe('the standalone server through the image entry point', () => {
  it('runs the Dockerfile CMD with node: migrates, polls the real cluster, serves the overview; SIGTERM exits 0', async () => {
    expect(CMD[0]).toBe('node');
    const cluster = await testCluster();
    const port = await freePort();
    const server = start(CMD[0]!, CMD.slice(1), { cwd: app, env: env(port, cluster.bootstrap()) });
    started.push(server);
    await waitForOk(`http://127.0.0.1:${port}/api/health`, server, 60_000);
    expect(server.output()).toContain('[store] applied migrations to');

    const health = spawnSync(HEALTHCHECK[0]!, HEALTHCHECK.slice(1), { env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(port) }, timeout: 10_000 });
    expect(health.status, 'the HEALTHCHECK command').toBe(0);

    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`http://127.0.0.1:${port}/clusters/image`);
      // Real data: the id Kafka gave the cluster, and its three brokers, as polled by the collectors.
      await page.getByTestId('kafka-cluster-id').filter({ hasText: cluster.clusterId }).waitFor({ timeout: 30_000 });
      await page.locator('tr[data-broker]').nth(2).waitFor({ timeout: 30_000 });
      expect(await page.locator('tr[data-broker]').count()).toBe(3);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }

    const t0 = Date.now();
    process.kill(server.pid, 'SIGTERM');
    const exit = await server.exit;
    console.log(`standalone: exit ${exit.code} ${((exit.at - t0) / 1000).toFixed(1)} s after SIGTERM`);
    expect(exit, server.output()).toMatchObject({ code: 0, signal: null });
    expect(exit.at - t0).toBeLessThan(10_000);
    expect(processGroup(server.pid)).toEqual([]);
    expect(await listening(port)).toBe(false);
  });

  it('as PID 1 of its own PID namespace, as in a container, stops on SIGTERM and exits 0', async () => {
    const port = await freePort();
    // unshare forks the entry point as PID 1 of a new PID namespace; the test signals it from
    // outside, as a container engine does (a PID 1 gets no default signal handling).
    const outer = start('unshare', ['--pid', '--fork', '--kill-child', ...CMD], { cwd: app, env: env(port, '127.0.0.1:9') });
    started.push(outer);
    await waitForOk(`http://127.0.0.1:${port}/api/health`, outer, 60_000);
    const pid1 = Number(readFileSync(`/proc/${outer.pid}/task/${outer.pid}/children`, 'utf8').trim().split(' ')[0]);
    expect(readFileSync(`/proc/${pid1}/status`, 'utf8')).toMatch(/^NSpid:\s+\d+\s+1$/m);
    process.kill(pid1, 'SIGTERM');
    const exit = await outer.exit;
    expect(exit, outer.output()).toMatchObject({ code: 0, signal: null });
    expect(outer.output()).toMatch(/\[kafkascope\] stopped in \d+\.\d s/);
    expect(await listening(port)).toBe(false);
  });

  it('the demo workload bundle starts from the same image and stops on SIGTERM', async () => {
    const demo = start('node', ['demo-workload.mjs'], { cwd: app, env: { PATH: process.env.PATH, NODE_ENV: 'production', KAFKA_BROKERS: '127.0.0.1:9' } });
    started.push(demo);
    const end = Date.now() + 20_000;
    while (!demo.output().includes('waiting for Kafka')) {
      if (Date.now() > end) throw new Error(`the demo workload did not start:\n${demo.output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    process.kill(demo.pid, 'SIGTERM');
    expect((await demo.exit).code).toBe(0);
  });
});
