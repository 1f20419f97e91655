import { afterAll, describe, expect, it } from 'vitest';
import { KafkaProbe } from '@/lib/kafka';
import { testCluster } from '../support/cluster';
import { freshDatabase } from '../support/database';
import { killGroup, start, type Started } from '../support/process';

// What a new user reads when the configuration is wrong: one line that says what to fix.
const started: Started[] = [];
afterAll(() => {
  for (const s of started) killGroup(s.pid);
});

function npm(script: string, env: Record<string, string>): Started {
  const s = start('npm', ['run', '--silent', script], { env: { ...process.env, ...env } });
  started.push(s);
  return s;
}

describe('bootstrap pointed at a KRaft controller listener', () => {
  it('the probe says it looks like a controller port, naming the address', async () => {
    const cluster = await testCluster();
    const address = `127.0.0.1:${cluster.node(1).controllerPort}`;
    const probe = new KafkaProbe({ brokers: [address] });
    try {
      await expect(probe.fetchMetadata()).rejects.toThrow(`${address}: this looks like a KRaft controller port, not a broker listener`);
    } finally {
      await probe.close();
    }
  });

  it('a controller port listed first among the bootstrap servers does not stop the brokers after it from answering', async () => {
    const cluster = await testCluster();
    const probe = new KafkaProbe({ brokers: [`127.0.0.1:${cluster.node(3).controllerPort}`, ...cluster.brokers()] });
    try {
      expect((await probe.fetchMetadata()).brokers.map((b) => b.id).sort()).toEqual([1, 2, 3]);
    } finally {
      await probe.close();
    }
  });

  it('the collector logs it on its first poll', async () => {
    const cluster = await testCluster();
    const address = `127.0.0.1:${cluster.node(2).controllerPort}`;
    const db = await freshDatabase();
    try {
      const collector = npm('collector', { KAFKA_BROKERS: address, DATABASE_URL: db.url });
      const end = Date.now() + 30_000;
      while (!collector.output().includes('controller port')) {
        if (Date.now() > end) throw new Error(`no controller-port message within 30 s:\n${collector.output()}`);
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(collector.output()).toContain(`poll failed: metadata: cannot reach any broker of ${address}: ${address}: this looks like a KRaft controller port, not a broker listener`);
      expect(collector.output()).not.toContain('does not support Metadata');
      process.kill(collector.pid, 'SIGTERM');
      expect((await collector.exit).code).toBe(0);
    } finally {
      await db.drop();
    }
  });
});

describe('DATABASE_URL', () => {
  it('without a scheme: one line showing it as given, saying it must start with postgresql://', async () => {
    const app = npm('start', { KAFKA_BROKERS: '127.0.0.1:9', DATABASE_URL: 'localhost:5432/x' });
    const exit = await app.exit;
    expect(exit.code).toBe(2);
    expect(app.output()).toBe(
      'kafkascope: DATABASE_URL "localhost:5432/x" must start with postgresql:// (e.g. postgresql://user:password@localhost:5432/kafkascope); unset it for the embedded database\n',
    );
  });

  it('a password in a malformed URL is not shown', async () => {
    const collector = npm('collector', { KAFKA_BROKERS: '127.0.0.1:9', DATABASE_URL: 'kafkascope:hunter2@db:5432/k' });
    expect((await collector.exit).code).toBe(2);
    expect(collector.output()).toContain('"kafkascope:***@db:5432/k" must start with postgresql://');
    expect(collector.output()).not.toContain('hunter2');
  });

  it('sslmode=require does not print the pg driver\'s SECURITY WARNING', async () => {
    // The test Postgres has no TLS (or a certificate no CA vouches for): the connection fails, in one line.
    const server = new URL(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
    server.password = 'hunter2';
    server.searchParams.set('sslmode', 'require');
    const collector = npm('collector', { KAFKA_BROKERS: '127.0.0.1:9', DATABASE_URL: server.toString() });
    const exit = await collector.exit;
    expect(collector.output()).not.toContain('SECURITY WARNING');
    expect(collector.output()).not.toContain('hunter2');
    expect(exit.code).toBe(1);
    expect(collector.output().trim().split('\n')).toHaveLength(1);
    expect(collector.output()).toMatch(/^kafkascope collector: cannot prepare the history database \(postgres:\/\/[^)]*\): /);
  });
});

describe('authentication when exposed', () => {
  it('HOST=0.0.0.0 without authentication: one line, exit 2, nothing listening', async () => {
    const app = npm('start', { KAFKA_BROKERS: '127.0.0.1:9', HOST: '0.0.0.0', PORT: '29871', KAFKASCOPE_AUTH: '', KAFKASCOPE_USERS: '', KAFKASCOPE_OIDC_ISSUER: '' });
    const exit = await app.exit;
    expect(exit.code).toBe(2);
    expect(app.output()).toBe(
      'kafkascope: HOST=0.0.0.0 is reachable from other machines and no authentication is configured: set KAFKASCOPE_USERS or KAFKASCOPE_OIDC_ISSUER (README, "Authentication"), or KAFKASCOPE_AUTH=none to serve without it\n',
    );
  });

  it('a password instead of its hash: one line naming the user, the password not shown', async () => {
    const app = npm('start', { KAFKA_BROKERS: '127.0.0.1:9', KAFKASCOPE_USERS: 'alice:admin:hunter2hunter2' });
    expect((await app.exit).code).toBe(2);
    expect(app.output()).toMatch(/^kafkascope: KAFKASCOPE_USERS \(alice\): not an argon2id password hash .*npm run auth:hash-password/);
    expect(app.output()).not.toContain('hunter2');
    expect(app.output().trim().split('\n')).toHaveLength(1);
  });
});
