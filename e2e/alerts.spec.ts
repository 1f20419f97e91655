import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import kafkajs from 'kafkajs';
import { parse } from 'yaml';
import { alertReceiverPort, startAlertReceiver, type Received } from './support/alert-receiver';
import { testCluster } from './support/test-cluster';

const id = Date.now().toString(36);
const RF1 = `alert-rf1-${id}`;
const VICTIM = 3;
const POLL_MS = 2000; // e2e/support/serve.ts

interface Notification {
  kind: string;
  cluster: { id: string };
  alert: { rule: string; fingerprint: string; summary: string; description: string; labels: Record<string, string>; url: string | null };
}

const note = (r: Received) => r.body as Notification;
const isVictimDown = (r: Received) => note(r).cluster?.id === 'e2e' && note(r).alert?.rule === 'broker-down' && note(r).alert.labels.broker === String(VICTIM);

/** Samples the collector's own figures every second: the last poll's duration and how long ago it started. */
function watchPolls(request: APIRequestContext) {
  const samples: { duration: number; age: number }[] = [];
  let on = true;
  const value = (text: string, name: string) => Number(new RegExp(`^${name}\\{cluster="e2e"\\} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  const loop = (async () => {
    while (on) {
      const text = await (await request.get('/metrics')).text();
      samples.push({ duration: value(text, 'kafkascope_poll_duration_seconds'), age: value(text, 'kafkascope_poll_age_seconds') });
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  return {
    samples,
    async stop() {
      on = false;
      await loop;
    },
  };
}

test('a broker dies: one alert naming what went offline, one resolve, and a failing receiver gets it later', async ({ page, request }) => {
  test.setTimeout(240_000);
  const cluster = testCluster();
  const made = await cluster.runTool('topics', ['--create', '--topic', RF1, '--replica-assignment', String(VICTIM)]);
  expect(made.code, made.stderr).toBe(0);
  // `flaky` answers 500 until told otherwise.
  let flakyFailsUntil = Number.POSITIVE_INFINITY;
  const rx = await startAlertReceiver(alertReceiverPort(), (path) => (path === '/flaky' && Date.now() < flakyFailsUntil ? 500 : 200));
  const polls = watchPolls(request);
  // The new topic must be known before the kill, or nothing would be named offline.
  await expect.poll(async () => (await request.get(`/api/clusters/e2e/topics/${RF1}`)).status(), { timeout: 30_000 }).toBe(200);
  const hook = () => rx.received.filter((r) => r.path === '/hook' && isVictimDown(r));
  try {
    await cluster.kill(VICTIM);
    await expect.poll(() => hook().filter((r) => note(r).kind === 'firing').length, { timeout: 60_000 }).toBe(1);
    const fired = hook().find((r) => note(r).kind === 'firing')!;
    const alert = note(fired).alert;
    expect(alert.summary).toMatch(new RegExp(`^Broker ${VICTIM} down`));
    expect(alert.description).toContain(`Partitions offline with it: `);
    expect(alert.description).toContain(`${RF1}-0`);
    expect(alert.url).toMatch(new RegExp(`/clusters/e2e/brokers/${VICTIM}$`));
    // Within two polls of the poll that saw the broker go.
    const events = await (await request.get(`/api/clusters/e2e/events?type=BROKER_DOWN&broker=${VICTIM}&limit=1`)).json();
    const seenAt = Date.parse(events.events[0].at);
    console.log(`broker ${VICTIM} seen down by the poll of ${new Date(seenAt).toISOString()}; alert received ${fired.at - seenAt} ms later`);
    expect(fired.at - seenAt).toBeLessThanOrEqual(2 * POLL_MS);
    // Now let the failing receiver recover: the same notification arrives, after its retries.
    flakyFailsUntil = Date.now() + 8000;
    await expect.poll(() => rx.received.filter((r) => r.path === '/flaky' && isVictimDown(r) && note(r).kind === 'firing' && r.status === 200).length, { timeout: 60_000 }).toBe(1);
  } finally {
    await cluster.restart(VICTIM);
  }
  await expect.poll(() => hook().filter((r) => note(r).kind === 'resolved').length, { timeout: 60_000 }).toBe(1);
  // Polls go on: no duplicate fire or resolve arrives while the broker stays up.
  await new Promise((r) => setTimeout(r, 3 * POLL_MS));
  expect(hook().map((r) => note(r).kind)).toEqual(['firing', 'resolved']);
  await polls.stop();
  const durations = polls.samples.map((s) => s.duration).filter(Number.isFinite);
  const ages = polls.samples.map((s) => s.age).filter(Number.isFinite);
  console.log(`polls while alerting (${durations.length} samples): duration max ${Math.max(...durations).toFixed(3)} s, median ${durations.sort((a, b) => a - b)[durations.length >> 1]!.toFixed(3)} s; age of the last poll max ${Math.max(...ages).toFixed(1)} s`);
  // The failing receiver never held a poll up: the last poll is never more than a poll and its write old.
  expect(Math.max(...ages)).toBeLessThan(3 * (POLL_MS / 1000));

  // The history page: the alert, resolved, with every attempt to the failing receiver and its answer.
  await page.goto('/clusters/e2e/alerts');
  const row = page.locator(`[data-alert-fingerprint="broker-down|broker=${VICTIM}"][data-alert-state="resolved"]`).first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.getByRole('button', { name: /notifications/i }).click();
  const flaky = row.locator('[data-delivery-receiver="flaky"][data-delivery-kind="firing"]');
  await expect(flaky).toHaveAttribute('data-delivery-status', 'sent');
  const attempts = flaky.locator('[data-attempt]');
  const failed = rx.received.filter((r) => r.path === '/flaky' && isVictimDown(r) && note(r).kind === 'firing' && r.status === 500).length;
  expect(failed).toBeGreaterThanOrEqual(1);
  await expect(attempts).toHaveCount(failed + 1);
  await expect(attempts.filter({ hasText: 'HTTP 500' })).toHaveCount(failed);
  await expect(row.locator('[data-delivery-receiver="hook"][data-delivery-kind="resolved"]')).toHaveAttribute('data-delivery-status', 'sent');
  await rx.close();
});

test('every metric the Prometheus rules file uses is exported by /metrics', async ({ request }) => {
  test.setTimeout(120_000);
  const rules = parse(readFileSync('docs/prometheus-rules.yml', 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] };
  const used = new Set(rules.groups.flatMap((g) => g.rules.flatMap((r) => r.expr.match(/kafkascope_[a-z_]+/g) ?? [])));
  expect(used.size).toBeGreaterThan(5);
  // A consumer group with a commit, so the group series exist.
  const kafka = new kafkajs.Kafka({ clientId: 'e2e-rules', brokers: testCluster().brokers(), logLevel: kafkajs.logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const topic = `rules-${id}`;
  await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 3 }], waitForLeaders: true });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, messages: [{ value: 'a' }, { value: 'b' }] });
  await producer.disconnect();
  await admin.setOffsets({ groupId: `rules-${id}`, topic, partitions: [{ partition: 0, offset: '1' }] });
  await admin.disconnect();
  const missing = async () => {
    const text = await (await request.get('/metrics')).text();
    const exported = new Set([...text.matchAll(/^([a-z_]+)\{/gm)].map((m) => m[1]));
    return [...used].filter((m) => !exported.has(m));
  };
  await expect.poll(missing, { timeout: 90_000, intervals: [2000] }).toEqual([]);
});
