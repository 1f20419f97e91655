import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import kafkajs from 'kafkajs';
import { testCluster } from './support/test-cluster';

// axe on the main pages, light and dark: serious and critical violations fail.
const TOPIC = `e2e-a11y-${Date.now().toString(36)}`;
const base = '/clusters/e2e';

test.beforeAll(async () => {
  const kafka = new kafkajs.Kafka({ clientId: 'e2e-a11y', brokers: testCluster().brokers(), logLevel: kafkajs.logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 3, replicationFactor: 3 }], waitForLeaders: true });
  await admin.disconnect();
});

const PAGES: [string, string, (page: import('@playwright/test').Page) => Promise<void>][] = [
  ['overview', base, async (page) => void (await expect(page.locator('[data-stat="Brokers up"]')).toBeVisible())],
  ['topics', `${base}/topics`, async (page) => void (await expect(page.locator('tr[data-topic]').first()).toBeVisible())],
  ['topic', `${base}/topics/${TOPIC}`, async (page) => void (await expect(page.getByRole('heading', { name: TOPIC, level: 1 })).toBeVisible({ timeout: 30_000 }))],
  ['groups', `${base}/groups`, async (page) => void (await expect(page.getByRole('heading', { name: 'Consumer groups', level: 1 })).toBeVisible())],
  ['events', `${base}/events`, async (page) => void (await expect(page.locator('li[data-event-type]').first()).toBeVisible({ timeout: 30_000 }))],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, url, ready] of PAGES) {
    test(`${name} (${scheme}) has no serious or critical accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(url);
      await ready(page);
      await page.waitForTimeout(500);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`);
      expect(bad, bad.join('\n\n')).toEqual([]);
    });
  }
}
