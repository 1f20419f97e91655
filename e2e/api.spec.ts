import { expect, test } from '@playwright/test';
import kafkajs from 'kafkajs';
import { testCluster } from './support/test-cluster';

const WEIRD_GROUPS = ['<img src=x onerror=alert(1)>', 'a/b?c#d %'];
const TOPIC = `api-${Date.now().toString(36)}`;

test.describe('JSON API on the real cluster', () => {
  test.beforeAll(async () => {
    const cluster = testCluster();
    const kafka = new kafkajs.Kafka({ clientId: 'e2e-api', brokers: cluster.brokers(), logLevel: kafkajs.logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 2, replicationFactor: 3 }], waitForLeaders: true });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: TOPIC, messages: Array.from({ length: 20 }, (_, i) => ({ partition: i % 2, value: `m${i}` })) });
    await producer.disconnect();
    for (const groupId of WEIRD_GROUPS) await admin.setOffsets({ groupId, topic: TOPIC, partitions: [{ partition: 0, offset: '5' }, { partition: 1, offset: '1' }] });
    await admin.disconnect();
  });

  test('errors: unknown things are 404, malformed parameters 400 naming the parameter', async ({ request }) => {
    const cases: [string, number, RegExp][] = [
      ['/api/clusters/nope/overview', 404, /cluster "nope" not found/],
      ['/api/clusters/e2e/topics/no-such-topic', 404, /topic "no-such-topic" not found/],
      ['/api/clusters/e2e/brokers/99', 404, /broker 99 not found/],
      ['/api/clusters/e2e/brokers/abc', 400, /broker id/],
      ['/api/clusters/e2e/groups/no-such-group', 404, /consumer group "no-such-group" not found/],
      ['/api/clusters/e2e/topics?page=0', 400, /"page"/],
      ['/api/clusters/e2e/topics?pageSize=abc', 400, /"pageSize"/],
      ['/api/clusters/e2e/topics?status=broken', 400, /"status" must be one of/],
      ['/api/clusters/e2e/topics?sort=bogus', 400, /"sort" must be one of name, partitions, messages, size, problems/],
      ['/api/clusters/e2e/topics?sort=size&order=up', 400, /"order" must be one of asc, desc/],
      ['/api/clusters/e2e/events?type=NOPE', 400, /unknown event type "NOPE"/],
      ['/api/clusters/e2e/events?from=yesterday', 400, /"from"/],
      ['/api/clusters/e2e/events?cursor=x', 400, /"cursor"/],
      ['/api/clusters/e2e/brokers/1?from=2026-01-02&to=2026-01-01', 400, /"from" must be before "to"/],
    ];
    for (const [url, status, message] of cases) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(status);
      expect((await res.json()).error, url).toMatch(message);
    }
  });

  test('topics sort on the server: by messages either way, topics not read yet last', async ({ request }) => {
    /** Known figures in order, then the unknown (null) ones. */
    const sorted = (xs: (string | null)[], order: 'asc' | 'desc') => {
      const cut = xs.includes(null) ? xs.indexOf(null) : xs.length;
      const known = xs.slice(0, cut).map((x) => BigInt(x ?? -1));
      return xs.slice(cut).every((x) => x === null) && known.every((v, i) => i === 0 || (order === 'desc' ? known[i - 1]! >= v : known[i - 1]! <= v));
    };
    await expect(async () => {
      for (const order of ['desc', 'asc'] as const) {
        const res = await request.get(`/api/clusters/e2e/topics?sort=messages&order=${order}&pageSize=500`);
        expect(res.status()).toBe(200);
        const topics = (await res.json()).topics as { name: string; messages: string | null }[];
        expect(topics.map((t) => t.name)).toContain(TOPIC);
        expect(sorted(topics.map((t) => t.messages), order), `messages ${order}`).toBe(true);
      }
    }).toPass({ timeout: 20_000 });
  });

  test('group ids with any character round-trip through URLs', async ({ request }) => {
    await expect(async () => {
      const res = await request.get('/api/clusters/e2e/groups?pageSize=500');
      const ids = ((await res.json()).groups as { groupId: string }[]).map((g) => g.groupId);
      for (const g of WEIRD_GROUPS) expect(ids).toContain(g);
    }).toPass({ timeout: 20_000 });
    for (const g of WEIRD_GROUPS) {
      const res = await request.get(`/api/clusters/e2e/groups/${encodeURIComponent(g)}`);
      expect(res.status(), g).toBe(200);
      const body = await res.json();
      expect(body.groupId).toBe(g);
      expect(body.partitions.map((p: { topic: string; partition: number; committed: string; lag: string }) => [p.topic, p.partition, p.committed, p.lag])).toEqual([
        [TOPIC, 0, '5', '5'],
        [TOPIC, 1, '1', '9'],
      ]);
      const lag = await request.get(`/api/clusters/e2e/groups/${encodeURIComponent(g)}/lag`);
      expect(lag.status()).toBe(200);
      expect((await lag.json()).groupId).toBe(g);
    }
  });

  test('events page with a cursor continues where the previous page ended', async ({ request }) => {
    const first = await (await request.get('/api/clusters/e2e/events?limit=2')).json();
    expect(first.events.length).toBeGreaterThan(0);
    if (first.nextCursor) {
      const second = await (await request.get(`/api/clusters/e2e/events?limit=2&cursor=${first.nextCursor}`)).json();
      expect(BigInt(second.events[0].id)).toBeLessThan(BigInt(first.events.at(-1).id));
    }
  });

  test('/metrics speaks the Prometheus text format with lag and cluster health', async ({ request }) => {
    await expect(async () => {
      const res = await request.get('/metrics');
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('text/plain');
      const text = await res.text();
      expect(text).toContain('kafkascope_brokers_up{cluster="e2e"} 3');
      expect(text).toMatch(/kafkascope_partitions_under_replicated\{cluster="e2e"\} \d+/);
      expect(text).toContain(`kafkascope_consumergroup_lag{cluster="e2e",group="a/b?c#d %"} 14`);
      // Per-partition series only when asked for: the default label set stays bounded.
      expect(text).not.toContain('kafkascope_consumergroup_partition_lag{');
      const full = await (await request.get('/metrics?partition_lag=true')).text();
      expect(full).toContain(`kafkascope_consumergroup_partition_lag{cluster="e2e",group="a/b?c#d %",topic="${TOPIC}",partition="0"} 5`);
    }).toPass({ timeout: 20_000 });
    expect((await request.get('/metrics?partition_lag=maybe')).status()).toBe(400);
  });
});
