import { expect, test, type Page } from '@playwright/test';
import kafkajs from 'kafkajs';
import { testCluster } from './support/test-cluster';

// Consumer groups in the UI: ids with markup and URL metacharacters must show as text and survive
// links both ways, and a really slow consumer must show lag that grows.
const suffix = Date.now().toString(36);
const WEIRD_TOPIC = `e2e-groups-${suffix}-weird`;
const SLOW_TOPIC = `e2e-groups-${suffix}-slow`;
const SLOW_GROUP = `e2e-slow-${suffix}`;
const WEIRD_GROUPS = ['<img src=x onerror=alert(1)>', 'a/b?c#d %'];
const base = '/clusters/e2e';
const enc = encodeURIComponent;

test.describe.configure({ mode: 'serial' });

const kafka = new kafkajs.Kafka({ clientId: 'e2e-groups', brokers: testCluster().brokers(), logLevel: kafkajs.logLevel.NOTHING });
const producer = kafka.producer();
const consumer = kafka.consumer({ groupId: SLOW_GROUP, sessionTimeout: 10_000, heartbeatInterval: 1000 });
let producing: ReturnType<typeof setInterval> | undefined;

test.beforeAll(async () => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: [
      { topic: WEIRD_TOPIC, numPartitions: 2, replicationFactor: 3 },
      { topic: SLOW_TOPIC, numPartitions: 1, replicationFactor: 3 },
    ],
    waitForLeaders: true,
  });
  await producer.connect();
  await producer.send({ topic: WEIRD_TOPIC, messages: Array.from({ length: 20 }, (_, i) => ({ partition: i % 2, value: `m${i}` })) });
  for (const groupId of WEIRD_GROUPS) await admin.setOffsets({ groupId, topic: WEIRD_TOPIC, partitions: [{ partition: 0, offset: '5' }, { partition: 1, offset: '1' }] });
  await admin.disconnect();

  // ~40 msg/s in, ~4 msg/s out: the slow group's lag grows for as long as the test runs.
  let n = 0;
  producing = setInterval(() => {
    void producer.send({ topic: SLOW_TOPIC, messages: Array.from({ length: 4 }, () => ({ value: `slow-${n++}` })) }).catch(() => undefined);
  }, 100);
  await consumer.connect();
  await consumer.subscribe({ topic: SLOW_TOPIC, fromBeginning: true });
  await consumer.run({
    autoCommitInterval: 1000,
    eachMessage: async () => {
      await new Promise((r) => setTimeout(r, 250));
    },
  });
});

test.afterAll(async () => {
  if (producing) clearInterval(producing);
  await consumer.disconnect().catch(() => undefined);
  await producer.disconnect().catch(() => undefined);
});

/** Fails the test if any script-created dialog shows up (an alert from injected markup). */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return dialogs;
}

test('group ids with markup and URL characters are listed, open correctly, and never run', async ({ page }) => {
  const dialogs = watchDialogs(page);
  // Other specs add groups of their own: one page holds them all.
  await page.goto(`${base}/groups?pageSize=200`);
  await expect(page).toHaveTitle(/Consumer groups · e2e/);
  await expect(page.getByRole('heading', { name: 'Consumer groups', level: 1 })).toBeVisible();
  for (const id of WEIRD_GROUPS) await expect(page.getByRole('link', { name: id, exact: true })).toBeVisible({ timeout: 30_000 });

  for (const id of WEIRD_GROUPS) {
    // Through the link in the list, found by searching for it…
    await page.goto(`${base}/groups?q=${encodeURIComponent(id)}`);
    await expect(page.getByTestId('groups-range')).toHaveText('1–1 of 1 groups');
    await page.getByRole('link', { name: id, exact: true }).click();
    await expect(page).toHaveURL(`${base}/groups/${enc(id)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(id);
    // Other specs may use the same ids on their own topics: look at ours only.
    await expect(page.locator(`tr[data-partition="${WEIRD_TOPIC}-0"] td[data-column="committed"]`)).toHaveText('5');
    await expect(page.locator(`tr[data-partition="${WEIRD_TOPIC}-1"] td[data-column="lag"]`)).toHaveText('9');
    // …and straight from its encoded URL.
    await page.goto(`${base}/groups/${enc(id)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(id);
    await expect(page).toHaveTitle(`${id} · groups · e2e · Kafkascope`);
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.goto(`${base}/groups?pageSize=200`);
  await expect(page.getByRole('link', { name: WEIRD_GROUPS[0], exact: true })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs, 'dialogs opened by the page').toEqual([]);
});

test('the groups list and a group page are in the HTML: shown with scripts off, ids with markup as text', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    // Read on the server with the same query the browser would send: the search narrows it there too.
    await page.goto(`${base}/groups?q=${encodeURIComponent(WEIRD_GROUPS[0]!)}`);
    await expect(page.getByRole('link', { name: WEIRD_GROUPS[0], exact: true })).toBeVisible();
    await expect(page.locator('tr[data-group]')).toHaveCount(1);
    await expect(page.getByTestId('groups-range')).toHaveText('1–1 of 1 groups');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    // A malformed page size (the browser's parser ignores it: the default) renders too.
    await page.goto(`${base}/groups?q=${encodeURIComponent(WEIRD_GROUPS[1]!)}&pageSize=abc`);
    await expect(page.getByRole('link', { name: WEIRD_GROUPS[1], exact: true })).toBeVisible();
    // The group page an alert links to: its id as text, its partitions and lag, from the encoded URL.
    for (const id of WEIRD_GROUPS) {
      await page.goto(`${base}/groups/${enc(id)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(id);
      await expect(page.locator(`tr[data-partition="${WEIRD_TOPIC}-0"] td[data-column="committed"]`)).toHaveText('5');
      await expect(page.locator(`tr[data-partition="${WEIRD_TOPIC}-1"] td[data-column="lag"]`)).toHaveText('9');
    }
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  } finally {
    await context.close();
  }
  // With scripts, in another time zone: the page takes over what the server rendered without an error.
  const live = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
  const page2 = await live.newPage();
  const errors: string[] = [];
  page2.on('pageerror', (e) => errors.push(e.message));
  page2.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  try {
    await page2.goto(`${base}/groups/${enc(WEIRD_GROUPS[1]!)}`);
    await expect(page2.getByTestId('lag-chart')).toBeVisible({ timeout: 30_000 });
    await expect(page2.locator(`tr[data-partition="${WEIRD_TOPIC}-1"] td[data-column="lag"]`)).toHaveText('9');
    expect(errors, 'console errors').toEqual([]);
  } finally {
    await live.close();
  }
});

test('a slow consumer: listed with its lag, its chart has points and the lag rises', async ({ page }) => {
  await page.goto(`${base}/groups`);
  // Typed into the search box: the list (paged by the server) narrows to it.
  await page.getByRole('searchbox', { name: 'Search groups by name' }).fill(SLOW_GROUP);
  await expect(page).toHaveURL(new RegExp(`q=${SLOW_GROUP}`));
  const row = page.locator('tr[data-group]').filter({ has: page.getByRole('link', { name: SLOW_GROUP, exact: true }) });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('tr[data-group]')).toHaveCount(1);
  await expect(page.getByTestId('groups-range')).toHaveText('1–1 of 1 groups');
  await expect(row.locator('[data-group-status]')).toBeVisible();

  await page.getByRole('button', { name: /^Lag/ }).click();
  await expect(page).toHaveURL(/sort=lag/);
  await row.getByRole('link', { name: SLOW_GROUP, exact: true }).click();
  await expect(page).toHaveURL(`${base}/groups/${enc(SLOW_GROUP)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SLOW_GROUP);

  const chart = page.getByTestId('lag-chart');
  await expect(chart).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => Number(await chart.getAttribute('data-points')), { timeout: 30_000 }).toBeGreaterThan(1);
  await expect(chart.locator('.recharts-line-curve').first()).toBeVisible();

  const totalLag = page.getByTestId('group-total-lag');
  const read = async () => Number((await totalLag.textContent())?.replace(/,/g, '') ?? NaN);
  await expect.poll(read, { timeout: 20_000 }).toBeGreaterThan(0);
  const first = await read();
  await expect.poll(read, { timeout: 25_000, intervals: [1000] }).toBeGreaterThan(first);

  const members = page.getByRole('region', { name: 'Members (1)' });
  await expect(members).toContainText('e2e-groups');
  await page.getByRole('group', { name: 'Lag unit' }).getByRole('button', { name: 'seconds' }).click();
  await expect(page).toHaveURL(/unit=seconds/);
  await page.getByRole('group', { name: 'Lag range' }).getByRole('button', { name: '15m' }).click();
  await expect(page).toHaveURL(/range=15m/);
  await expect(chart).toBeVisible();
});
