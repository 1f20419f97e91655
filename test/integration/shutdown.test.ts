import { createServer, type Server } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';
import { freePort, killGroup, listening, processGroup, start, waitForOk, type Started } from '../support/process';
import { standaloneBuild } from '../support/standalone-build';

// `npm start` and `npm run collector` as a supervisor runs them: SIGTERM (or SIGINT) to the pid it
// started — npm's — stops everything they started and exits 0, leaving no process and a free port.
const UNREACHABLE = '127.0.0.1:9'; // discard: nothing listens, so no Kafka is needed

let database: TestDatabase;
const started: Started[] = [];

beforeAll(async () => {
  standaloneBuild();
  database = await freshDatabase();
});
afterAll(async () => {
  for (const s of started) killGroup(s.pid);
  await database?.drop();
});

function npm(script: string, env: Record<string, string>): Started {
  const s = start('npm', ['run', '--silent', script], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  started.push(s);
  return s;
}

describe('npm start', () => {
  it('SIGTERM to the started pid stops the server and the collectors, exits 0 and leaves nothing behind', async () => {
    const port = await freePort();
    const app = npm('start', { KAFKA_BROKERS: UNREACHABLE, DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1' });
    await waitForOk(`http://127.0.0.1:${port}/api/health`, app, 180_000);
    expect(processGroup(app.pid).map((p) => p.command).join('\n')).toMatch(/next-server|next start/);

    const t0 = Date.now();
    process.kill(app.pid, 'SIGTERM');
    const exit = await app.exit;
    const seconds = (exit.at - t0) / 1000;
    console.log(`npm start: exit ${exit.code} ${seconds.toFixed(1)} s after SIGTERM`);

    expect(exit, app.output()).toMatchObject({ code: 0, signal: null });
    expect(seconds).toBeLessThan(10);
    expect(app.output()).toContain('[kafkascope] SIGTERM: stopping');
    expect(app.output()).toMatch(/\[kafkascope\] stopped in \d+\.\d s/);
    expect(processGroup(app.pid)).toEqual([]);
    expect(await listening(port)).toBe(false);
  });

  it('Ctrl-C in a terminal (SIGINT to the whole process group, which npm also passes on) is one graceful stop', async () => {
    const port = await freePort();
    const app = npm('start', { KAFKA_BROKERS: UNREACHABLE, DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1' });
    await waitForOk(`http://127.0.0.1:${port}/api/health`, app, 180_000);
    process.kill(-app.pid, 'SIGINT');
    const exit = await app.exit;
    expect(exit, app.output()).toMatchObject({ code: 0, signal: null });
    expect(app.output()).toMatch(/\[kafkascope\] stopped in \d+\.\d s/);
    expect(app.output()).not.toContain('exiting without waiting');
    expect(processGroup(app.pid)).toEqual([]);
    expect(await listening(port)).toBe(false);
  });

  it('a taken port is one line and a non-zero exit, before anything starts', async () => {
    const holder: Server = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const port = (holder.address() as { port: number }).port;
    try {
      const app = npm('start', { KAFKA_BROKERS: UNREACHABLE, DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1' });
      const exit = await app.exit;
      expect(exit.code).not.toBe(0);
      // npm adds nothing with --silent: the whole output is the one line.
      expect(app.output()).toBe(`kafkascope: port ${port} is in use: set PORT=… or stop what listens there\n`);
      expect(processGroup(app.pid)).toEqual([]);
    } finally {
      await new Promise<void>((r) => holder.close(() => r()));
    }
  });
});

describe('npm run collector', () => {
  it('SIGINT after a poll was written: the polls are stored, it exits 0 and leaves nothing behind', async () => {
    const own = await freshDatabase();
    const collector = npm('collector', { KAFKA_BROKERS: (await testCluster()).bootstrap(), DATABASE_URL: own.url });
    const client = new pg.Client({ connectionString: own.url });
    await client.connect();
    try {
      const polls = async () => Number((await client.query('SELECT count(*) AS n FROM poll_run').catch(() => ({ rows: [{ n: 0 }] }))).rows[0]?.n ?? 0);
      const end = Date.now() + 60_000;
      while ((await polls()) === 0) {
        if (Date.now() > end) throw new Error(`no poll was stored within 60 s:\n${collector.output()}`);
        await new Promise((r) => setTimeout(r, 500));
      }
      const t0 = Date.now();
      process.kill(collector.pid, 'SIGINT');
      const exit = await collector.exit;
      console.log(`npm run collector: exit ${exit.code} ${((exit.at - t0) / 1000).toFixed(1)} s after SIGINT`);
      expect(exit, collector.output()).toMatchObject({ code: 0, signal: null });
      expect(exit.at - t0).toBeLessThan(10_000);
      expect(collector.output()).toContain('[collector] SIGINT: stopping');
      expect(processGroup(collector.pid)).toEqual([]);
      expect(await polls()).toBeGreaterThan(0);
    } finally {
      await client.end();
      await own.drop();
    }
  });
});
