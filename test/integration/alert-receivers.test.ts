// Alert notifications reach real receivers: an Alertmanager started by the test holds the alert
// with Kafkascope's labels and lets it go when it resolves; a receiver that checks Slack's
// incoming-webhook shape accepts the Slack body; every attempt is stored.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import { normaliseAlerts, normaliseReceiver } from '@/lib/config/alerting';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { alertsView } from '@/lib/views/alerts';
import { startAlertmanager, type AmAlert } from '../support/alertmanager';
import { eventually, testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';

const id = Date.now().toString(36);
const TOPIC = `signup-rf1-${id}`;
const C = 'alerting';

// Slack's incoming-webhook payload as its API documents it: `text` (the notification's fallback)
// and at most 50 blocks; a section's mrkdwn text up to 3000 characters; a context block up to 10
// elements. Slack answers 400 `invalid_blocks` / `no_text` otherwise.
const textObject = z.strictObject({ type: z.enum(['mrkdwn', 'plain_text']), text: z.string().min(1).max(3000) });
const slackPayload = z.strictObject({
  text: z.string().min(1).max(40_000),
  blocks: z
    .array(z.discriminatedUnion('type', [z.strictObject({ type: z.literal('section'), text: textObject }), z.strictObject({ type: z.literal('context'), elements: z.array(textObject).min(1).max(10) })]))
    .max(50)
    .optional(),
});

async function slackChecker(): Promise<{ url: string; answers: { status: number; body: unknown }[]; server: Server }> {
  const answers: { status: number; body: unknown }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(raw);
      } catch {
        /* not JSON: invalid below */
      }
      const ok = req.headers['content-type']?.startsWith('application/json') && slackPayload.safeParse(body).success;
      answers.push({ status: ok ? 200 : 400, body });
      res.writeHead(ok ? 200 : 400, { 'content-type': 'text/plain' }).end(ok ? 'ok' : 'invalid_blocks');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/services/T000/B000/XXXX`, answers, server };
}

describe('alert receivers', () => {
  let cluster: LocalCluster;
  let database: TestDatabase;
  let db: Db;
  let collector: ClusterCollector;
  let am: Awaited<ReturnType<typeof startAlertmanager>>;
  let slack: Awaited<ReturnType<typeof slackChecker>>;
  let alerts: ReturnType<typeof normaliseAlerts>;

  beforeAll(async () => {
    cluster = await testCluster();
    database = await freshDatabase();
    await migrate(database.url);
    db = createDb(database.url);
    am = await startAlertmanager();
    slack = await slackChecker();
    const receivers = [
      normaliseReceiver({ name: 'am', type: 'alertmanager', url: am.url }, 'test', {}),
      normaliseReceiver({ name: 'slack', type: 'slack', url: slack.url }, 'test', {}),
    ];
    // Only new critical findings alert here (other files' topics live on this cluster too), and a clear resolves at once.
    alerts = normaliseAlerts({ rules: Object.fromEntries(['cluster-unreachable', 'broker-down', 'partitions-offline', 'under-min-isr', 'group-lag'].map((r) => [r, { enabled: false }])) }, receivers, 'test');
    alerts.rules['critical-finding'].keepFiringForMs = 0;
    collector = new ClusterCollector({ id: C, name: 'Alerting test', brokers: cluster.brokers(), pollIntervalMs: 3000, alerts, publicUrl: 'http://kafkascope.example' }, { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined });
  });

  afterAll(async () => {
    await collector?.stop();
    await am?.stop();
    slack?.server.close();
    await db?.$disconnect();
    await database?.drop();
  });

  const ours = (a: AmAlert) => a.labels.alertname === 'critical-finding' && a.labels.finding === `topic-rf1|topic:${TOPIC}`;

  it('Alertmanager holds the alert with our labels and lets it go when it resolves; Slack accepts both messages', async () => {
    const made = await cluster.runTool('topics', ['--create', '--topic', TOPIC, '--replica-assignment', '2']);
    expect(made.code, made.stderr).toBe(0);
    const held = await eventually(async () => {
      await collector.tick();
      return (await am.alerts()).find(ours);
    }, 'the alert in Alertmanager');
    expect(held.labels).toEqual({ alertname: 'critical-finding', cluster: C, severity: 'warning', finding: `topic-rf1|topic:${TOPIC}`, topic: TOPIC });
    expect(held.annotations.summary).toBe(`${TOPIC} has a single replica (on broker 2)`);
    expect(held.status.state).toBe('active');
    expect(Date.parse(held.endsAt)).toBeGreaterThan(Date.now() + 5 * 60_000); // refreshed long before it would expire

    const deleted = await cluster.runTool('topics', ['--delete', '--topic', TOPIC]);
    expect(deleted.code, deleted.stderr).toBe(0);
    await eventually(async () => {
      await collector.tick();
      return !(await am.alerts()).some(ours);
    }, 'the alert resolved in Alertmanager');

    const mine = slack.answers.filter((a) => JSON.stringify(a.body).includes(TOPIC));
    expect(mine.map((a) => [a.status, (a.body as { text: string }).text.split(']')[0]])).toEqual([
      [200, ':large_orange_circle: [WARNING'],
      [200, ':white_check_mark: [RESOLVED'],
    ]);
    expect((mine[0]!.body as { text: string }).text).toBe(`:large_orange_circle: [WARNING] Alerting test: ${TOPIC} has a single replica (on broker 2)`);

    // The history has it all: fired, resolved, each delivery sent once with its attempt.
    const view = await alertsView(db, C, alerts, { from: new Date(Date.now() - 3600_000), to: new Date() });
    const alert = view.history.find((a) => a.labels.finding === `topic-rf1|topic:${TOPIC}`)!;
    expect(alert.state).toBe('resolved');
    const sent = alert.deliveries.map((d) => [d.receiver, d.kind, d.status, d.attemptLog.map((t) => t.statusCode)]);
    expect(sent).toEqual([
      ['am', 'firing', 'sent', [200]],
      ['slack', 'firing', 'sent', [200]],
      ['am', 'resolved', 'sent', [200]],
      ['slack', 'resolved', 'sent', [200]],
    ]);
  });

  it('the Slack checker is strict: a body in the generic webhook shape is refused', async () => {
    const res = await fetch(slack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: '1', kind: 'firing', alert: {} }) });
    expect(res.status).toBe(400);
  });
});
