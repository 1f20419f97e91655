import { expect, test } from '@playwright/test';

// A phone in portrait: tables put their status column first, so it shows without scrolling
// sideways, and the section nav (which scrolls sideways) shows that there is more.
const base = '/clusters/e2e';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone, status columns come first and the section nav shows that it scrolls', async ({ page }) => {
  for (const [path, row, header] of [
    ['/brokers', 'tr[data-broker]', 'State'],
    ['/topics', 'tr[data-topic]', 'Status'],
    ['/groups', 'tr[data-group]', 'Status'],
  ] as const) {
    await page.goto(`${base}${path}`);
    await expect(page.locator(row).first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('thead th').first(), path).toHaveText(new RegExp(`^${header}`));
    const cell = await page.locator(row).first().locator('th, td').first().boundingBox();
    expect(cell, path).not.toBeNull();
    expect(cell!.x + cell!.width, `${path}: status cell inside the screen`).toBeLessThanOrEqual(390);
  }

  const nav = page.getByRole('navigation', { name: 'Cluster sections' });
  await expect(page.locator('[data-scroll-hint="end"]')).toBeVisible();
  await expect(page.locator('[data-scroll-hint="start"]')).toHaveCount(0);
  await nav.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(page.locator('[data-scroll-hint="start"]')).toBeVisible();
  await expect(page.locator('[data-scroll-hint="end"]')).toHaveCount(0);
  // Every section is still reachable.
  await nav.getByRole('link', { name: 'Events' }).click();
  await expect(page).toHaveURL(`${base}/events`);
});
