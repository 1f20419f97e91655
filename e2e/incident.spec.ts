import { expect, test, type Page } from '@playwright/test';
import { testCluster } from './support/test-cluster';

const id = Date.now().toString(36);
const RF1 = `inc-rf1-${id}`;
const RF3 = `inc-rf3-${id}`;
const VICTIM = 3;

/**
 * The incident story in the browser: pages opened before a broker dies follow it live, without
 * a reload — broker down, under-replicated count up, ISR_SHRINK events, replicas marked in the
 * replica map, the RF=1 partition offline — and after the restart the outage is on the timeline.
 */
test('a broker dies and comes back: every open page follows without reloading', async ({ browser }) => {
  test.setTimeout(180_000);
  const cluster = testCluster();
  for (const args of [['--topic', RF1, '--replica-assignment', String(VICTIM)], ['--topic', RF3, '--partitions', '3', '--replication-factor', '3']]) {
    const r = await cluster.runTool('topics', ['--create', ...args]);
    expect(r.code, r.stderr).toBe(0);
  }
  const ctx = await browser.newContext();
  const open = async (path: string): Promise<Page> => {
    const p = await ctx.newPage();
    await p.goto(path);
    return p;
  };
  const overview = await open('/clusters/e2e');
  const rf3 = await open(`/clusters/e2e/topics/${encodeURIComponent(RF3)}`);
  await expect(rf3.getByTestId('replica-map').locator('[data-cell="leader"]')).toHaveCount(3, { timeout: 30_000 });
  const rf1 = await open(`/clusters/e2e/topics/${encodeURIComponent(RF1)}`);
  const brokers = await open('/clusters/e2e/brokers');
  const events = await open('/clusters/e2e/events');
  const urp = overview.locator('[data-stat="Under-replicated"]');
  await expect(urp).toHaveText(/^\d+$/);
  const urpBefore = Number(await urp.textContent());

  await cluster.kill(VICTIM);
  try {
    await expect(overview.locator(`tr[data-broker="${VICTIM}"] [data-status]`).first()).toHaveAttribute('data-status', 'down', { timeout: 30_000 });
    await expect.poll(async () => Number(await urp.textContent()), { timeout: 30_000 }).toBeGreaterThan(urpBefore);
    await expect(brokers.locator(`tr[data-broker="${VICTIM}"] [data-status]`).first()).toHaveAttribute('data-status', 'down', { timeout: 30_000 });
    // Grouped by cause: the broker's line sums up the ISR shrinks it caused.
    await expect(events.locator(`li[data-event-group="BROKER_DOWN"]`).first()).toContainText(/ISR of \d+ partitions? shrank/, { timeout: 30_000 });
    await expect(rf3.getByTestId('replica-map').locator('[data-cell="offline"], [data-cell="out-of-sync"]')).toHaveCount(3, { timeout: 30_000 });
    await expect(rf1.getByTestId('leader-none').first()).toBeVisible({ timeout: 30_000 });
  } finally {
    await cluster.restart(VICTIM);
  }
  await expect(brokers.locator(`tr[data-broker="${VICTIM}"] [data-status]`).first()).toHaveAttribute('data-status', 'up', { timeout: 30_000 });
  await expect(rf1.getByTestId('leader-none')).toHaveCount(0, { timeout: 30_000 });
  const broker = await open(`/clusters/e2e/brokers/${VICTIM}`);
  await expect(broker.getByRole('img', { name: /: [1-9]\d* outages?/ }).first()).toBeVisible({ timeout: 30_000 });
  await ctx.close();
});
