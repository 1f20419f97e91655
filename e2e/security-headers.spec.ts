import { expect, test, type Page } from '@playwright/test';
import { appRoutes, fill } from './support/routes';

// Security headers on every kind of response, and a Content-Security-Policy that the pages live
// with: every page (read from the app/ tree) renders with no violation reported, while a script
// without the page's nonce is refused.

const REQUIRED = {
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  'permissions-policy': /camera=\(\)/,
  'content-security-policy': /frame-ancestors 'none'/,
};

test('security headers on a page, an API route, /metrics, a static file and a refused path', async ({ request }) => {
  const page = await request.get('/clusters/e2e');
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(await page.text())?.[0];
  expect(chunk, 'a script of the page').toBeDefined();
  for (const [url, status] of [
    ['/clusters/e2e', 200],
    ['/api/clusters/e2e/overview', 200],
    ['/api/health', 200],
    ['/metrics', 200],
    [chunk!, 200],
    ['/api/clusters/e2e/groups/%E0%A4%A', 400],
    ['/clusters/e2e/groups/%E0%A4%A', 400],
    ['/no-such-page', 404],
  ] as const) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(status);
    const headers = res.headers();
    for (const [name, value] of Object.entries(REQUIRED)) expect(headers[name], `${name} on ${url}`).toMatch(value);
  }
  const csp = (await request.get('/clusters/e2e')).headers()['content-security-policy']!;
  const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toContain('unsafe-eval');
  // A fresh nonce per response.
  expect((await request.get('/clusters/e2e')).headers()['content-security-policy']).not.toBe(csp);
});

/** Violations and console errors of a page, from its first script on. */
async function watch(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Permissions-Policy|Refused to/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  return seen;
}

test('every page renders under the CSP with no violation reported', async ({ page, request }) => {
  test.setTimeout(300_000);
  const violations = await watch(page);
  const topic = ((await (await request.get('/api/clusters/e2e/topics?pageSize=1')).json()) as { topics: { name: string }[] }).topics[0]?.name ?? '__consumer_offsets';
  const groups = ((await (await request.get('/api/clusters/e2e/groups')).json()) as { groups: { groupId: string }[] }).groups;
  const values: Record<string, string> = { cluster: 'e2e', id: '1', topic: encodeURIComponent(topic), group: encodeURIComponent(groups[0]?.groupId ?? 'g'), incident: '1' };
  const pages = appRoutes().filter((r) => r.kind === 'page');
  expect(pages.length).toBeGreaterThan(5);
  for (const route of pages) {
    const url = fill(route, values);
    const res = await page.goto(url);
    expect(res?.status(), url).toBeLessThan(400);
    // Rendered, and its scripts ran: Next's client runtime (nonced) hydrated the page.
    await expect(page.locator('main').first(), url).toBeVisible();
    await page.waitForFunction(() => 'next' in window, undefined, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(violations, url).toEqual([]);
  }
});

test('markup injected into a page cannot run a script: the CSP refuses it and reports it', async ({ page }) => {
  const violations = await watch(page);
  // The server's real answer (headers and nonce included) with an XSS-style script added to the
  // HTML, as if a name had slipped through unescaped.
  await page.route('**/clusters/e2e', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</body>', '<script>window.injected = true</script><img src="/x" onerror="window.injected = true"></body>');
    await route.fulfill({ response, body });
  });
  await page.goto('/clusters/e2e');
  await expect(page.locator('main').first()).toBeVisible();
  await page.waitForFunction(() => 'next' in window); // the page's own, nonced scripts did run
  await expect.poll(() => violations.join('\n')).toMatch(/script-src-elem blocked inline/);
  await expect.poll(() => violations.join('\n')).toMatch(/script-src-attr blocked inline/);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
