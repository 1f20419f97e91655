import { expect, test } from '@playwright/test';
import { testCluster } from './support/test-cluster';

test('the overview shows the three brokers and the cluster id, and a killed broker goes down', async ({ page }) => {
  const cluster = testCluster();
  await page.goto('/clusters/e2e');
  await expect(page).toHaveTitle(/e2e overview/);
  const rows = page.locator('tr[data-broker]');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('kafka-cluster-id')).toHaveText(cluster.clusterId);
  for (const id of [1, 2, 3]) await expect(page.locator(`tr[data-broker="${id}"] [data-status]`)).toHaveAttribute('data-status', 'up');

  await cluster.kill(2);
  try {
    const killedAt = Date.now();
    await expect(page.locator('tr[data-broker="2"] [data-status]')).toHaveAttribute('data-status', 'down', { timeout: 15_000 });
    test.info().annotations.push({ type: 'broker-down-seen-after-ms', description: String(Date.now() - killedAt) });
    await expect(page.locator('tr[data-broker="1"] [data-status]')).toHaveAttribute('data-status', 'up');
    await expect(page.locator('[data-stat="Brokers up"]')).toHaveText('2/3');
  } finally {
    await cluster.restart(2);
  }
  await expect(page.locator('tr[data-broker="2"] [data-status]')).toHaveAttribute('data-status', 'up', { timeout: 30_000 });
});
