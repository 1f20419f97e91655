import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import Provider from 'oidc-provider';
import { hashPassword } from '@/lib/auth/password';
import { startAlertReceiver } from './support/alert-receiver';
import { appRoutes, fill, type AppRoute } from './support/routes';
import { BUILD_CANARIES, filesContaining, secretsIn } from './support/secrets';

// Authentication on a second app instance (the shared one runs without, on loopback, as before):
// built-in users (an admin, a viewer, one to lock out), an OpenID Connect provider started here
// (oidc-provider, in process) whose `kafka-admins` group makes an admin, a metrics token, and an
// alert receiver on a local port. Every page and API route is read from the app/ tree.

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORT = E2E_PORT + 10;
const OIDC_PORT = E2E_PORT + 11;
const RECEIVER_PORT = E2E_PORT + 12;
const BASE = `http://127.0.0.1:${PORT}`;
const ISSUER = `http://127.0.0.1:${OIDC_PORT}`;

const PASSWORDS = { alice: 'alice-admin-password', vera: 'vera-viewer-password', rita: 'rita-rate-limited-password' };
/** Secrets the app is configured with: none may come back in a response or land in .next. */
const SECRETS = {
  session: 'session-secret-4f1c9a7e2b6d8c0f5e3a1b9d7c5e3f1a',
  oidcClient: 'oidc-client-secret-8d2e6f0a4c',
  metrics: 'metrics-token-7b3e9f1d5a',
  receiverPath: 'receiver-path-secret-2c8a6e4f',
  receiverHeader: 'receiver-header-secret-9e1b5d3f',
};
/** Routes and pages anyone may call: signing in, and the OpenID provider's way back. */
const PUBLIC = ['/api/auth/login', '/api/auth/oidc/login', '/api/auth/oidc/callback', '/login'];
const VALUES: Record<string, string> = { cluster: 'nowhere', id: '1', topic: 'a-topic', group: 'a-group', incident: '1', partition: '0' };

let app: ChildProcess | null = null;
let oidc: Server | null = null;
let receiver: Awaited<ReturnType<typeof startAlertReceiver>> | null = null;
const served: string[] = [];

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: BASE });

async function startProvider(): Promise<Server> {
  const provider = new Provider(ISSUER, {
    clients: [
      {
        client_id: 'kafkascope',
        client_secret: SECRETS.oidcClient,
        redirect_uris: [`${BASE}/api/auth/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], profile: ['preferred_username', 'name'], groups: ['groups'] },
    // Anyone whose login starts with "admin-" is in kafka-admins; everyone else in dev.
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, preferred_username: id, groups: id.startsWith('admin-') ? ['kafka-admins', 'dev'] : ['dev'] }) }),
    cookies: { keys: ['e2e-provider-cookie-key'] },
    pkce: { required: () => true },
  });
  const server = createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(OIDC_PORT, '127.0.0.1', resolve);
  });
  return server;
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  oidc = await startProvider();
  receiver = await startAlertReceiver(RECEIVER_PORT);
  const hashes = await Promise.all(Object.values(PASSWORDS).map((p) => hashPassword(p)));
  const dir = mkdtempSync(join(tmpdir(), 'kafkascope-auth-e2e-'));
  const config = join(dir, 'clusters.yaml');
  writeFileSync(
    config,
    [
      `publicUrl: ${BASE}`,
      'receivers:',
      `  - { name: hook, type: webhook, url: "http://127.0.0.1:${RECEIVER_PORT}/hook/${SECRETS.receiverPath}", headers: { Authorization: "Bearer ${SECRETS.receiverHeader}" } }`,
      'clusters:',
      '  - id: nowhere',
      '    name: Never reached',
      '    brokers: 127.0.0.1:9',
      '    pollIntervalMs: 2000',
      // Only the test alert may reach the receiver.
      '    alerts: { receivers: [hook], rules: { cluster-unreachable: { enabled: false } } }',
      '',
    ].join('\n'),
  );
  const users = Object.keys(PASSWORDS).map((name, i) => `${name}:${name === 'alice' ? 'admin' : 'viewer'}:${hashes[i]}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    KAFKASCOPE_CONFIG: config,
    KAFKASCOPE_USERS: users.join(' '),
    KAFKASCOPE_SESSION_SECRET: SECRETS.session,
    KAFKASCOPE_METRICS_TOKEN: SECRETS.metrics,
    KAFKASCOPE_OIDC_ISSUER: ISSUER,
    KAFKASCOPE_OIDC_CLIENT_ID: 'kafkascope',
    KAFKASCOPE_OIDC_CLIENT_SECRET: SECRETS.oidcClient,
    KAFKASCOPE_OIDC_SCOPES: 'openid profile groups',
    KAFKASCOPE_OIDC_ADMIN_VALUES: 'kafka-admins',
    KAFKASCOPE_OIDC_LABEL: 'Sign in with the test provider',
  };
  app = spawn(process.execPath, ['--import', 'tsx', 'e2e/support/serve-auth.ts'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  await expect
    .poll(async () => fetch(`${BASE}/api/health`, { headers: { authorization: `Bearer ${SECRETS.metrics}` } }).then((r) => r.status, () => 0), { timeout: 240_000, intervals: [1000] })
    .toBe(200);
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    const exited = new Promise((r) => app!.once('exit', r));
    app.kill('SIGTERM');
    await exited;
  }
  await receiver?.close();
  await new Promise((r) => (oidc ? oidc.close(r) : r(undefined)));
});

const routes = appRoutes();
const pathOf = (r: AppRoute) => fill(r, VALUES);

/** Records every body the app sent, for the secrets check at the end. */
async function recorded(res: { text(): Promise<string>; headersArray(): { name: string; value: string }[] }): Promise<void> {
  served.push(await res.text().catch(() => ''), JSON.stringify(res.headersArray()));
}

async function signedIn(user: keyof typeof PASSWORDS): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL: BASE });
  const res = await ctx.post('/api/auth/login', { data: { user, password: PASSWORDS[user] }, headers: { origin: BASE } });
  expect(res.status(), `sign-in of ${user}`).toBe(200);
  return ctx;
}

async function call(ctx: APIRequestContext, route: AppRoute, method: string) {
  const url = pathOf(route);
  const res = await ctx.fetch(url, { method, maxRedirects: 0, failOnStatusCode: false, headers: { origin: BASE, 'content-type': 'application/json' }, data: method === 'POST' ? '{}' : undefined });
  await recorded(res);
  return res;
}

test('every page and API route refuses an unauthenticated request: 401 JSON from the API, the sign-in page for pages', async ({ request }) => {
  const checked: string[] = [];
  const problems: string[] = [];
  for (const route of routes) {
    const path = pathOf(route);
    if (PUBLIC.includes(route.pattern)) continue;
    for (const method of route.methods) {
      const res = await call(request, route, method);
      checked.push(`${method} ${route.pattern}`);
      if (route.kind === 'page') {
        const location = res.headers().location ?? '';
        const target = new URL(location, BASE);
        if (![303, 307].includes(res.status()) || target.pathname !== '/login' || target.searchParams.get('next') !== path) problems.push(`${path}: ${res.status()} → ${location}`);
      } else {
        const body = (await res.json().catch(() => null)) as { error?: string } | null;
        if (res.status() !== 401 || typeof body?.error !== 'string') problems.push(`${method} ${path}: ${res.status()} ${JSON.stringify(body)}`);
      }
    }
  }
  console.log(`refused unauthenticated: ${checked.length} (${routes.filter((r) => r.kind === 'page').length} pages, ${routes.filter((r) => r.kind === 'route').length} route files)`);
  expect(problems).toEqual([]);
  expect(checked.length).toBeGreaterThan(30);
  // The public ones are exactly these, and they do what they are for.
  expect(routes.map((r) => r.pattern).filter((p) => PUBLIC.includes(p)).sort()).toEqual([...PUBLIC].sort());
  expect((await request.get('/login')).status()).toBe(200);
  expect((await request.post('/api/auth/login', { data: {}, headers: { origin: BASE } })).status()).toBe(400);
  const toProvider = await request.get('/api/auth/oidc/login', { maxRedirects: 0 });
  expect(toProvider.status()).toBe(303);
  expect(toProvider.headers().location).toMatch(new RegExp(`^${ISSUER}/auth\\?.*code_challenge_method=S256`));
  const landing = (res: { headers(): Record<string, string> }) => {
    const u = new URL(res.headers().location ?? '', BASE);
    return u.pathname + u.search;
  };
  // Back at the callback with the sign-in's cookie but another state: refused.
  expect(landing(await request.get('/api/auth/oidc/callback?code=x&state=not-the-state', { maxRedirects: 0 }))).toBe('/login?error=failed');
  // Without a sign-in in progress (no flow cookie): refused too.
  const fresh = await playwrightRequest.newContext({ baseURL: BASE });
  expect(landing(await fresh.get('/api/auth/oidc/callback?code=x&state=y', { maxRedirects: 0 }))).toBe('/login?error=expired');
  await fresh.dispose();
  // A forged session cookie is no session.
  const forged = await request.get('/api/clusters', { headers: { cookie: 'kafkascope_session=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..a.b.c' } });
  expect(forged.status()).toBe(401);
});

test('/metrics and /api/health: the metrics token works, a wrong one is 401, none is 401', async ({ request }) => {
  for (const path of ['/metrics', '/api/health']) {
    expect((await request.get(path)).status(), `${path} without a token`).toBe(401);
    expect((await request.get(path, { headers: { authorization: 'Bearer not-the-metrics-token' } })).status(), `${path} with a wrong token`).toBe(401);
    const ok = await request.get(path, { headers: { authorization: `Bearer ${SECRETS.metrics}` } });
    expect(ok.status(), `${path} with the token`).toBe(200);
    await recorded(ok);
  }
  // The scrape is the real one: the never-reached cluster's first failed poll shows in it.
  await expect
    .poll(async () => (await request.get('/metrics', { headers: { authorization: `Bearer ${SECRETS.metrics}` } })).text(), { timeout: 30_000 })
    .toMatch(/^kafkascope_cluster_reachable\{cluster="nowhere"\} 0$/m);
  // The token opens the probes only, not the API.
  expect((await request.get('/api/clusters', { headers: { authorization: `Bearer ${SECRETS.metrics}` } })).status()).toBe(401);
});

test('a viewer reads every route but gets 403 on the admin page and routes; an admin gets them', async () => {
  const viewer = await signedIn('vera');
  const admin = await signedIn('alice');
  const denied: string[] = [];
  for (const route of routes.filter((r) => r.kind === 'route' && !PUBLIC.includes(r.pattern) && r.pattern !== '/api/auth/logout')) {
    for (const method of route.methods) {
      const res = await call(viewer, route, method);
      if (res.status() === 401 || res.status() === 403) denied.push(`${method} ${route.pattern} ${res.status()}`);
    }
  }
  const adminRoutes = routes.filter((r) => r.pattern.startsWith('/api/admin/')).flatMap((r) => r.methods.map((m) => `${m} ${r.pattern} 403`));
  expect(adminRoutes.length).toBeGreaterThanOrEqual(3);
  expect(denied.sort()).toEqual(adminRoutes.sort());
  expect((await viewer.get('/admin', { maxRedirects: 0 })).status()).toBe(403);
  const asAdmin = await admin.get('/admin', { maxRedirects: 0 });
  expect(asAdmin.status()).toBe(200);
  await recorded(asAdmin);
  for (const path of ['/api/admin/alerting', '/api/admin/audit']) {
    const res = await admin.get(path);
    expect(res.status(), path).toBe(200);
    await recorded(res);
  }
  const alerting = (await (await admin.get('/api/admin/alerting')).json()) as { clusters: { id: string; receivers: { name: string; kind: string }[] }[] };
  expect(alerting.clusters[0]?.receivers).toEqual([{ name: 'hook', kind: 'webhook', timeoutMs: 5000 }]);
  await viewer.dispose();
  await admin.dispose();
});

test('five bad passwords in a row: the sixth answer is 429 with Retry-After, even with the right password', async () => {
  const ctx = await playwrightRequest.newContext({ baseURL: BASE });
  const attempt = (password: string) => ctx.post('/api/auth/login', { data: { user: 'rita', password }, headers: { origin: BASE }, failOnStatusCode: false });
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) statuses.push((await attempt(`wrong-${i}`)).status());
  expect(statuses).toEqual([401, 401, 401, 401, 401]);
  const sixth = await attempt('wrong-5');
  expect(sixth.status()).toBe(429);
  const retryAfter = Number(sixth.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect(((await sixth.json()) as { error: string }).error).toMatch(/too many failed sign-ins/);
  expect((await attempt(PASSWORDS.rita)).status()).toBe(429);
  // Another user from the same address is not held up.
  expect((await ctx.post('/api/auth/login', { data: { user: 'vera', password: PASSWORDS.vera }, headers: { origin: BASE } })).status()).toBe(200);
  await ctx.dispose();
});

/** Chromium, talking to the app and the provider only (nothing leaves this machine). */
async function browserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  return context.newPage();
}

test('sign in on the sign-in page, back where one started; sign out ends the session (its cookie is refused after)', async ({ browser }) => {
  const page = await browserPage(browser);
  await page.goto('/clusters/nowhere/brokers');
  await expect(page).toHaveURL(/\/login\?next=%2Fclusters%2Fnowhere%2Fbrokers$/);
  await page.getByLabel('User name', { exact: true }).fill('alice');
  await page.getByLabel('Password', { exact: true }).fill('not her password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('login-error')).toHaveText('Wrong user name or password.');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORDS.alice);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(`${BASE}/clusters/nowhere/brokers`);
  await expect(page.getByTestId('user-name')).toHaveText('alice');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'kafkascope_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  const replay = { cookie: `kafkascope_session=${cookie!.value}` };
  const outside = await playwrightRequest.newContext({ baseURL: BASE });
  expect((await outside.get('/api/clusters', { headers: replay })).status()).toBe(200);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(`${BASE}/login`);
  expect((await page.context().cookies()).find((c) => c.name === 'kafkascope_session')).toBeUndefined();
  // A copy of the cookie made before signing out is refused now.
  expect((await outside.get('/api/clusters', { headers: replay })).status()).toBe(401);
  // proxy.ts cannot know of the sign-out (it reads no database); the page's own check does: to the sign-in page.
  const pageAfter = await outside.get('/clusters/nowhere', { headers: replay, maxRedirects: 0 });
  expect([303, 307]).toContain(pageAfter.status());
  expect(pageAfter.headers().location).toMatch(/\/login\?next=/);
  await outside.dispose();
  await page.context().close();
});

async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.goto('/login?next=%2Fclusters%2Fnowhere%2Ftopics');
  await page.getByRole('link', { name: 'Sign in with the test provider' }).click();
  await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  // First time for this client: the provider asks for consent.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(`${BASE}/clusters/nowhere/topics`);
}

test('OpenID Connect sign-in works end to end in Chromium; the kafka-admins group makes an admin, others are viewers', async ({ browser }) => {
  const adminPage = await browserPage(browser);
  await signInAtProvider(adminPage, 'admin-olga');
  await expect(adminPage.getByTestId('user-name')).toHaveText('admin-olga');
  await expect(adminPage.getByTestId('user-menu')).toContainText('admin');
  await adminPage.getByRole('link', { name: 'Admin' }).click();
  await expect(adminPage.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible();
  await adminPage.context().close();

  const viewerPage = await browserPage(browser);
  await signInAtProvider(viewerPage, 'oscar');
  await expect(viewerPage.getByTestId('user-name')).toHaveText('oscar');
  await expect(viewerPage.getByTestId('user-menu')).toContainText('viewer');
  await expect(viewerPage.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  const res = await viewerPage.goto('/admin');
  expect(res?.status()).toBe(403);
  await expect(viewerPage.getByRole('heading', { name: 'Forbidden' })).toBeVisible();
  await viewerPage.context().close();
});

test('the test-alert button sends one notification to the receiver, and the audit log shows it with the sign-ins', async ({ browser }) => {
  expect(receiver!.received).toEqual([]);
  const page = await browserPage(browser);
  await page.goto('/login');
  await page.getByLabel('User name', { exact: true }).fill('alice');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORDS.alice);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('user-name')).toHaveText('alice');
  await page.goto('/admin');
  const row = page.locator('tr[data-receiver="hook"]');
  await row.getByRole('button', { name: 'Send a test alert to hook' }).click();
  await expect(row.locator('[data-test-result="ok"]')).toContainText('Delivered: HTTP 200');
  expect(receiver!.received).toHaveLength(1);
  const got = receiver!.received[0]!;
  expect(got.path).toBe(`/hook/${SECRETS.receiverPath}`);
  expect(got.body).toMatchObject({ kind: 'test', cluster: { id: 'nowhere' }, alert: { summary: 'Test notification from Kafkascope' } });
  // The audit log: newest first, the test alert on top, the locked-out user's failures below.
  const log = page.locator('#audit-log');
  await expect(log.locator('tbody tr').first()).toHaveAttribute('data-audit-action', 'test-alert');
  await expect(log.locator('tbody tr').first()).toContainText('receiver: hook');
  await expect(log.locator('tr[data-audit-action="login-failed"][data-audit-user="rita"]')).toHaveCount(5);
  await expect(log.locator('tr[data-audit-action="logout"][data-audit-user="alice"]')).toHaveCount(1);
  await expect(log.locator('tr[data-audit-action="login"][data-audit-user="admin-olga"]')).toHaveCount(1);
  const html = await page.content();
  served.push(html);
  expect(html).not.toContain(SECRETS.receiverPath);

  // From another site, with the admin's cookie: refused, and nothing sent.
  const cookie = (await page.context().cookies()).find((c) => c.name === 'kafkascope_session')!;
  const ctx = await playwrightRequest.newContext({ baseURL: BASE });
  const forged = await ctx.post('/api/admin/test-alert', { data: { cluster: 'nowhere', receiver: 'hook' }, headers: { cookie: `kafkascope_session=${cookie.value}`, origin: 'https://evil.example' }, failOnStatusCode: false });
  expect(forged.status()).toBe(403);
  expect(receiver!.received).toHaveLength(1);
  await ctx.dispose();
  await page.context().close();
});

test('the configured secrets appear in no response, and nowhere in the built .next output', async () => {
  const admin = await signedIn('alice');
  for (const route of routes.filter((r) => r.methods.includes('GET') && !r.pattern.startsWith('/api/auth/'))) await call(admin, route, 'GET');
  await admin.dispose();
  const secrets = Object.values(SECRETS);
  expect(served.length).toBeGreaterThan(50);
  expect(secretsIn(served.join('\n'), secrets)).toEqual([]);
  // The build was made with canary secrets in its environment (dev/test-all.ts); the running app with the ones above.
  expect(filesContaining('.next', [...secrets, ...Object.values(BUILD_CANARIES)])).toEqual([]);
});
