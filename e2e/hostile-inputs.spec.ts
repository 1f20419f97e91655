import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { appRoutes, fill, type AppRoute } from './support/routes';

// Hostile inputs against every route of the app (read from the app/ tree, so new routes are
// covered): each dynamic path segment in turn, and each query parameter a route handler reads.
// Nothing may answer 5xx, nothing may come back as markup, and in the browser nothing may run.
// The statuses each input got are printed as a table.

const SCRIPT = '<script>alert(1)</script>';
const HOSTILE: readonly { name: string; raw: string }[] = [
  { name: 'NUL', raw: '%00' },
  { name: 'overlong', raw: '%C0%AF' }, // "/" in two bytes
  { name: 'bad-%', raw: '%E0%A4%A' }, // truncated percent-encoding
  { name: 'surrogate', raw: '%ED%A0%80' },
  { name: 'bare-%', raw: '%' },
  { name: 'huge', raw: '99999999999999999999999999' },
  { name: 'negative', raw: '-1' },
  { name: '1e309', raw: '1e309' },
  { name: '10k-chars', raw: 'a'.repeat(10_000) },
  { name: 'script', raw: encodeURIComponent(SCRIPT) },
  { name: 'traversal', raw: '..%2F..%2Fetc%2Fpasswd' },
  { name: 'Feb-30', raw: '2026-02-30' },
  { name: 'CRLF', raw: '%0D%0ASet-Cookie:%20injected=1' },
  { name: 'unicode', raw: encodeURIComponent('ключ 💥') },
];

const routes = appRoutes();
/** Query parameters the pages keep in their URL (lib/client/url-state.ts), for the page rows. */
const PAGE_PARAMS = [...new Set([...readFileSync('lib/client/url-state.ts', 'utf8').matchAll(/^\s*(\w+): (?:parseAs|createParser)/gm)].map((m) => m[1]!))];

/** Real values for each dynamic segment, so the other segments of a URL lead somewhere. */
async function realSegments(request: APIRequestContext): Promise<Record<string, string>> {
  const first = async <T>(url: string, pick: (body: never) => T | undefined): Promise<T | undefined> => {
    const res = await request.get(url);
    return res.ok() ? pick((await res.json()) as never) : undefined;
  };
  const topic = await first('/api/clusters/e2e/topics?pageSize=1', (b: { topics: { name: string }[] }) => b.topics[0]?.name);
  const group = await first('/api/clusters/e2e/groups', (b: { groups: { groupId: string }[] }) => b.groups[0]?.groupId);
  const incident = await first('/api/clusters/e2e/incidents', (b: { incidents: { id: string }[] }) => b.incidents[0]?.id);
  return {
    cluster: 'e2e',
    id: '1',
    partition: '0',
    topic: encodeURIComponent(topic ?? '__consumer_offsets'),
    group: encodeURIComponent(group ?? 'no-such-group'),
    incident: incident ?? '1',
  };
}

interface Trial {
  route: AppRoute;
  /** The segment or parameter the hostile input went into: "[topic]" or "?from" or "?*" (all page parameters). */
  where: string;
  input: string;
  url: string;
}

function trials(real: Record<string, string>): Trial[] {
  const out: Trial[] = [];
  const segmentValue = (name: string) => real[name] ?? 'x';
  for (const route of routes) {
    const base = Object.fromEntries(route.segments.map((s) => [s, segmentValue(s)]));
    for (const h of HOSTILE) {
      for (const s of route.segments) out.push({ route, where: `[${s}]`, input: h.name, url: fill(route, { ...base, [s]: h.raw }) });
      if (route.kind === 'route') {
        // A route that reads nothing still gets a parameter it does not know, so it has a row too.
        for (const p of route.params.length > 0 || route.segments.length > 0 ? route.params : ['x']) out.push({ route, where: `?${p}`, input: h.name, url: `${fill(route, base)}?${p}=${h.raw}` });
      } else {
        out.push({ route, where: '?*', input: h.name, url: `${fill(route, base)}?${PAGE_PARAMS.map((p) => `${p}=${h.raw}`).join('&')}` });
      }
    }
  }
  return out;
}

test('hostile inputs on every route: no 5xx, nothing reflected as markup', async ({ request }) => {
  test.setTimeout(600_000);
  expect(routes.filter((r) => r.kind === 'page').length).toBeGreaterThan(5);
  expect(routes.filter((r) => r.kind === 'route').length).toBeGreaterThan(10);
  const all = trials(await realSegments(request));
  const results = new Map<Trial, number>();
  const problems: string[] = [];
  // A few at a time: quick, without crowding the server the other specs share.
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let t = all[next++]; t; t = all[next++]) {
        const res = await request.get(t.url, { maxRedirects: 0, failOnStatusCode: false });
        const status = res.status();
        results.set(t, status);
        const body = await res.text();
        const at = `${t.route.pattern} ${t.where}=${t.input} (${status})`;
        if (status >= 500) problems.push(`${at}: ${body.slice(0, 200)}`);
        if (body.includes(SCRIPT) || body.includes('<script>alert')) problems.push(`${at}: the script came back unescaped`);
        if (JSON.stringify(res.headersArray()).includes('injected')) problems.push(`${at}: a header was injected`);
      }
    }),
  );
  console.log(table(all, results));
  expect(problems).toEqual([]);
});

test('in the browser, a script in any segment or parameter of any page never runs', async ({ page, request }) => {
  test.setTimeout(600_000);
  const real = await realSegments(request);
  const ran: string[] = [];
  const payload = encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>');
  page.on('dialog', (d) => {
    ran.push(`${page.url()}: ${d.message()}`);
    void d.dismiss();
  });
  for (const route of routes.filter((r) => r.kind === 'page')) {
    const base = Object.fromEntries(route.segments.map((s) => [s, real[s] ?? 'x']));
    const urls = [
      ...route.segments.map((s) => fill(route, { ...base, [s]: payload })),
      `${fill(route, base)}?${PAGE_PARAMS.map((p) => `${p}=${payload}`).join('&')}`,
    ];
    for (const url of urls) {
      const res = await page.goto(url);
      expect(res?.status() ?? 0, url).toBeLessThan(500);
      // Give client-side fetches and their error messages time to render.
      await page.waitForLoadState('networkidle').catch(() => undefined);
      expect(await page.locator('img[src="x"]').count(), `${url}: an <img> from the URL was created`).toBe(0);
    }
  }
  expect(ran).toEqual([]);
});

/** One row per route and place, one column per input: the status each got. */
function table(all: Trial[], results: Map<Trial, number>): string {
  const rows = new Map<string, Map<string, number>>();
  for (const t of all) {
    const key = `${t.route.pattern} ${t.where}`;
    if (!rows.has(key)) rows.set(key, new Map());
    rows.get(key)!.set(t.input, results.get(t) ?? 0);
  }
  const names = HOSTILE.map((h) => h.name);
  const first = Math.max(...[...rows.keys()].map((k) => k.length));
  const widths = names.map((n) => Math.max(n.length, 3));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(first) : c.padStart(widths[i - 1]!))).join(' ');
  const out = [line(['route / where', ...names])];
  for (const [key, cells] of rows) out.push(line([key, ...names.map((n) => String(cells.get(n) ?? ''))]));
  const counts = new Map<number, number>();
  for (const s of results.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
  out.push(`${results.size} requests: ${[...counts].sort(([a], [b]) => a - b).map(([s, n]) => `${n}× ${s}`).join(', ')}`);
  return out.join('\n');
}
