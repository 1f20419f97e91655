import { expect, test } from '@playwright/test';
import { testCluster } from './support/test-cluster';

const id = Date.now().toString(36);
const SIGNUP = `fnd-signup-${id}`; // one partition, one replica on broker 2: the incident's topic

/**
 * Warnings before the failure, in the browser: the single-replica topic is on the overview and the
 * findings page with the commands that fix it, on its own page with its configs, and the broker
 * holding it says what losing it would take offline; the controller quorum is on the brokers page.
 */
test.describe('findings in the browser', () => {
  test.beforeAll(async () => {
    const r = await testCluster().runTool('topics', ['--create', '--topic', SIGNUP, '--replica-assignment', '2']);
    expect(r.code, r.stderr).toBe(0);
  });

  test('the single-replica topic is flagged with its fix, and what losing its broker would do', async ({ page }) => {
    test.setTimeout(120_000);
    const findingId = `topic-rf1|topic:${SIGNUP}`;
    // Other specs leave single-replica topics too: one page holds them all.
    await page.goto(`/clusters/e2e/findings?severity=critical&pageSize=200`);
    const f = page.locator(`[data-finding="${findingId}"]`);
    await expect(f).toBeVisible({ timeout: 30_000 });
    await expect(f).toContainText(`${SIGNUP} has a single replica (on broker 2)`);
    // Critical findings show their fix: Kafka's own tools with the cluster's real names.
    await expect(f.locator('[data-fix-commands]')).toContainText('kafka-reassign-partitions');
    await expect(f.locator('[data-fix-commands]')).toContainText(SIGNUP);

    await page.goto('/clusters/e2e');
    const panel = page.getByTestId('findings-panel');
    await expect(panel.locator('[data-finding-count="critical"]')).not.toHaveText(/^0 /);

    await page.goto(`/clusters/e2e/topics/${SIGNUP}`);
    await expect(page.locator(`#findings [data-finding="${findingId}"]`)).toBeVisible();
    await page.getByTestId('all-configs').locator('summary').click();
    await expect(page.locator('[data-config="min.insync.replicas"]')).toBeVisible({ timeout: 15_000 });

    await page.goto('/clusters/e2e/brokers/2');
    const whatIf = page.getByTestId('what-if');
    await expect(whatIf).toContainText(`${SIGNUP}-0`, { timeout: 30_000 });
    await expect(whatIf.locator('[data-what-if="offline"]')).toHaveText(/^[1-9]\d* partitions? offline$/);

    await page.goto('/clusters/e2e/brokers');
    await expect(page.getByTestId('quorum').locator('[data-quorum-replica]')).toHaveCount(3, { timeout: 30_000 });
    await page.getByRole('button', { name: '2', exact: true }).click();
    await expect(page.getByTestId('what-if')).toContainText(`${SIGNUP}-0`);
  });
});
