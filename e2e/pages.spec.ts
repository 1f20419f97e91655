import { expect, test, type Page } from '@playwright/test';
import { testCluster } from './support/test-cluster';

// Walks every page of the dashboard against the real test cluster, with topics of its own (names
// with '.', '_' and '-', which must survive URL encoding). Whatever else exists is left alone.
const suffix = Date.now().toString(36);
const TOPIC = `e2e.pages_${suffix}-main`;
const RF1_TOPIC = `e2e.pages_${suffix}-single`;
const CLUSTER = 'e2e';
const base = `/clusters/${CLUSTER}`;
const enc = encodeURIComponent;

test.describe.configure({ mode: 'serial' });

/**
 * Console errors fail the test, failed API responses included. Only a 404 the test itself asks
 * for (an unknown topic, listed in `expected404`) is not an error.
 */
let expected404: string[] = [];
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location().url;
    if (m.text().includes('status of 404') && expected404.some((u) => url.startsWith('http') && new URL(url).pathname === u)) return;
    errors.push(`${m.text()} (${url})`);
  });
  return errors;
}

let consoleErrors: string[] = [];
test.beforeEach(({ page }) => {
  expected404 = [];
  consoleErrors = watchConsole(page);
});
test.afterEach(() => {
  expect(consoleErrors, 'console errors').toEqual([]);
});

test.beforeAll(async () => {
  const cluster = testCluster();
  for (const args of [
    ['--create', '--topic', TOPIC, '--partitions', '6', '--replication-factor', '3', '--config', 'min.insync.replicas=2', '--config', 'retention.ms=3600000'],
    ['--create', '--topic', RF1_TOPIC, '--partitions', '1', '--replication-factor', '1'],
  ]) {
    const r = await cluster.runTool('topics', args);
    expect(r.code, `kafka-topics ${args.join(' ')}`).toBe(0);
  }
});

test('overview: every figure links to the list behind it, and the latest events are shown', async ({ page }) => {
  // Two clusters are configured: the home page lists them, the unreachable one said so.
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Never reached/ })).toBeVisible();
  await page.getByRole('link', { name: /^e2e/ }).click();
  await expect(page).toHaveTitle(/e2e overview/);
  await expect(page.getByRole('link', { name: 'Kafkascope' })).toBeVisible();
  await expect(page.getByLabel('Cluster', { exact: true })).toHaveValue(CLUSTER);
  await expect(page.getByTestId('controller-id')).toHaveText(/^[123]$/);
  await expect(page.getByTestId('freshness')).toContainText('updated');
  await expect(page.locator('[data-stat="Brokers up"]')).toHaveText(/^\d\/3$/);

  const figures = page.getByRole('region', { name: 'Cluster figures' });
  await expect(figures.getByRole('link', { name: /Under-replicated/ })).toHaveAttribute('href', `${base}/topics?status=under-replicated`);
  await expect(figures.getByRole('link', { name: /Offline/ })).toHaveAttribute('href', `${base}/topics?status=offline`);
  await expect(figures.getByRole('link', { name: /Under min ISR/ })).toHaveAttribute('href', `${base}/topics?status=under-min-isr`);
  await expect(figures.getByRole('link', { name: /Brokers up/ })).toHaveAttribute('href', `${base}/brokers`);

  const events = page.getByRole('region', { name: 'Latest events' });
  await expect(events.getByRole('link', { name: 'All events →' })).toBeVisible();
  // This run created topics, so there is at least one event within a few polls.
  await expect(events.locator('li[data-event-group]').first()).toBeVisible({ timeout: 30_000 });
  expect(await events.locator('li[data-event-group]').count()).toBeLessThanOrEqual(10);

  await figures.getByRole('link', { name: /Under-replicated/ }).click();
  await expect(page).toHaveURL(/\/topics\?status=under-replicated$/);
  await expect(page.getByRole('link', { name: 'Under-replicated' })).toHaveAttribute('aria-current', 'true');
});

test('overview: its figures are in the HTML, before any script runs (the page opened mid-incident)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(base);
    await expect(page.locator('[data-stat="Brokers up"]')).toHaveText(/^\d\/3$/);
    const figures = page.getByRole('region', { name: 'Cluster figures' });
    await expect(figures.getByRole('link', { name: /Under-replicated/ })).toHaveAttribute('href', `${base}/topics?status=under-replicated`);
    // The worst findings too (this run's single-replica topic makes at least one), their time in UTC:
    // the server does not know the browser's zone.
    const finding = page.locator('li[data-finding]').first();
    await expect(finding).toContainText(/since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
  } finally {
    await context.close();
  }
  // With scripts, the same time in the browser's zone once it has started (no mark, no hydration error).
  const withScripts = await browser.newContext({ timezoneId: 'Asia/Seoul' });
  const live = await withScripts.newPage();
  const errors = watchConsole(live);
  try {
    await live.goto(base);
    const finding = live.locator('li[data-finding]').first();
    await expect(finding).toContainText(/since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    await expect(finding).not.toContainText('UTC');
    expect(errors, 'console errors').toEqual([]);
  } finally {
    await withScripts.close();
  }
});

test('brokers list and broker 1: state, leader share, availability, partitions, events', async ({ page }) => {
  await page.goto(base);
  await page.getByRole('navigation', { name: 'Cluster sections' }).getByRole('link', { name: /^Brokers/ }).click();
  await expect(page).toHaveURL(`${base}/brokers`);
  await expect(page).toHaveTitle(/Brokers · e2e/);
  await expect(page.getByRole('heading', { name: 'Brokers', level: 1 })).toBeVisible();
  const rows = page.locator('tr[data-broker]');
  await expect(rows).toHaveCount(3);
  await expect(page.locator('tr[data-broker]', { hasText: 'controller' })).toHaveCount(1);
  await expect(rows.first()).toContainText(/fair 33%|—/);

  await page.getByRole('link', { name: 'Broker 1', exact: true }).click();
  await expect(page).toHaveURL(`${base}/brokers/1`);
  await expect(page).toHaveTitle(/Broker 1 · e2e/);
  await expect(page.getByRole('heading', { name: 'Broker 1', level: 1 })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Availability from/ })).toBeVisible();
  await expect(page.getByText(/% up/)).toBeVisible();

  await page.getByRole('group', { name: 'Availability range' }).getByRole('button', { name: '1h' }).click();
  await expect(page).toHaveURL(`${base}/brokers/1?range=1h`);
  await expect(page.getByRole('group', { name: 'Availability range' }).getByRole('button', { name: '1h' })).toHaveAttribute('aria-pressed', 'true');

  // Custom range: an end before the start is refused with a message.
  await page.getByRole('button', { name: 'custom…' }).click();
  await page.getByRole('textbox', { name: 'From', exact: true }).fill('2030-01-02T10:00');
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('2030-01-01T10:00');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The start must be before the end.' })).toBeVisible();

  // Every partition of our RF-3 topic has a replica on broker 1 (as leader or follower).
  await expect(page.getByRole('heading', { name: /Partitions: leads \d+, follows \d+/ })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: TOPIC })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Events on broker 1' })).toBeVisible();
});

test('topics: search in the URL, status filters, empty state, and a topic page with its replica map', async ({ page }) => {
  await page.goto(`${base}/topics`);
  await expect(page).toHaveTitle(/Topics · e2e/);
  const search = page.getByRole('searchbox', { name: 'Search topics by name' });
  await search.fill(`pages_${suffix}`);
  await expect(page).toHaveURL(new RegExp(`q=pages_${suffix}`));
  const row = page.locator(`tr[data-topic="${TOPIC}"]`);
  // The collector polls every 2 s and the list refreshes itself: the new topics show up.
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(`tr[data-topic="${RF1_TOPIC}"]`)).toBeVisible({ timeout: 30_000 });
  await expect(row.locator('[data-column="partitions"]')).toHaveText('6');
  await expect(row.locator('[data-column="rf"]')).toHaveText('3');
  await expect(row.locator('[data-column="minIsr"]')).toHaveText('2');
  await expect(page.locator(`tr[data-topic="${RF1_TOPIC}"]`)).toContainText('1 · risk');
  await expect(page.getByTestId('topics-range')).toHaveText('1–2 of 2 topics');

  await page.getByRole('link', { name: 'RF = 1' }).click();
  await expect(page).toHaveURL(/status=rf1/);
  await expect(page).toHaveURL(new RegExp(`q=pages_${suffix}`));
  await expect(page.locator(`tr[data-topic="${RF1_TOPIC}"]`)).toBeVisible();
  await expect(row).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Show internal topics' }).uncheck();
  await expect(page).toHaveURL(/internal=false/);

  await search.fill('no-such-topic-anywhere');
  await expect(page.getByText(/No topics match: name containing “no-such-topic-anywhere”/)).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Clear filters' }).last().click();
  await expect(page).toHaveURL(`${base}/topics`);
  await expect(search).toHaveValue('');
  await expect(page.locator('tr[data-topic]').first()).toBeVisible();

  // Into the topic page, through the search again (the list may hold thousands of topics).
  await search.fill(TOPIC);
  await expect(page).toHaveURL(`${base}/topics?q=${enc(TOPIC)}`);
  await expect(page.locator('tr[data-topic]')).toHaveCount(1);
  await page.locator(`tr[data-topic="${TOPIC}"]`).getByRole('link', { name: TOPIC }).click();
  await expect(page).toHaveURL(`${base}/topics/${enc(TOPIC)}`);
  await checkTopicPage(page);
});

test('topics: a header sorts the list on the server, the order kept in the URL and announced', async ({ page }) => {
  await page.goto(`${base}/topics?q=pages_${suffix}`);
  const rows = page.locator('tr[data-topic]');
  await expect(rows).toHaveCount(2, { timeout: 30_000 });
  await expect(rows.first()).toHaveAttribute('data-topic', TOPIC);
  await expect(page.getByRole('columnheader', { name: 'Topic', exact: true })).toHaveAttribute('aria-sort', 'ascending');
  // Status comes first, so a phone shows it without scrolling sideways.
  await expect(page.locator('thead th').first()).toHaveText(/^Status/);

  // Figures sort largest first, then the other way round.
  const partitions = page.getByRole('columnheader', { name: 'Partitions' });
  await partitions.getByRole('button').click();
  await expect(page).toHaveURL(`${base}/topics?q=pages_${suffix}&sort=partitions`);
  await expect(partitions).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toHaveAttribute('data-topic', TOPIC);
  await partitions.getByRole('button').click();
  await expect(page).toHaveURL(`${base}/topics?q=pages_${suffix}&sort=partitions&order=asc`);
  await expect(partitions).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toHaveAttribute('data-topic', RF1_TOPIC);

  // With the keyboard: back to names A→Z, the default, which leaves the URL.
  await page.getByRole('columnheader', { name: 'Topic', exact: true }).getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${base}/topics?q=pages_${suffix}`);
  await expect(rows.first()).toHaveAttribute('data-topic', TOPIC);

  // Opened from its URL, a sorted list is sorted.
  await page.goto(`${base}/topics?q=pages_${suffix}&sort=size&order=asc`);
  await expect(page.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows).toHaveCount(2, { timeout: 30_000 });
});

async function checkTopicPage(page: Page) {
  await expect(page).toHaveTitle(new RegExp(`${TOPIC.replace(/\./g, '\\.')} · topics · e2e`));
  await expect(page.getByRole('heading', { name: TOPIC, level: 1 })).toBeVisible();
  const map = page.getByTestId('replica-map');
  await expect(map.locator('tbody tr')).toHaveCount(6);
  await expect(map.locator('[data-cell="leader"]')).toHaveCount(6);
  await expect(map.locator('td[data-cell]:not([data-cell="none"])')).toHaveCount(18);
  await expect(page.getByRole('list', { name: 'Legend' }).first()).toContainText('out-of-sync follower');

  const partitions = page.getByRole('region', { name: 'Partitions (6)' });
  await expect(partitions.locator('tbody tr')).toHaveCount(6);
  await expect(partitions.locator('#partition-0')).toBeVisible();

  const config = page.getByRole('region', { name: 'Configuration' });
  await expect(config.getByText('min.insync.replicas')).toBeVisible();
  await expect(config.locator('dd').first()).toContainText('2');
  await expect(config.locator('dd').first()).toContainText('override');
  await expect(config.locator('dd').nth(1)).toContainText('1h');

  // A day reads 5-minute totals and says so; a quarter of an hour is one point per poll.
  await page.getByRole('group', { name: 'Throughput range' }).getByRole('button', { name: '24h' }).click();
  await expect(page.getByTestId('throughput-step')).toHaveText('averages over 5m');
  await page.getByRole('group', { name: 'Throughput range' }).getByRole('button', { name: '15m' }).click();
  await expect(page).toHaveURL(`${base}/topics/${enc(TOPIC)}?range=15m`);
  await expect(page.getByRole('group', { name: 'Throughput range' }).getByRole('button', { name: '15m' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('throughput-step')).toHaveCount(0);

  const history = page.getByRole('region', { name: 'History of this topic' });
  await expect(history.locator('li[data-event-type="TOPIC_CREATED"]')).toContainText(`Topic ${TOPIC} created (6 partitions, RF 3)`, { timeout: 30_000 });
}

test('topics: the first page is in the HTML, filtered and sorted as asked, before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/topics?q=pages_${suffix}&sort=partitions&order=asc`);
    const rows = page.locator('tr[data-topic]');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toHaveAttribute('data-topic', RF1_TOPIC);
    await expect(rows.first().locator('[data-column="partitions"]')).toHaveText('1');
    await expect(page.getByTestId('topics-range')).toHaveText('1–2 of 2 topics');
    // A malformed page number is the default page (as the browser parses it), not an error.
    await page.goto(`${base}/topics?q=pages_${suffix}&page=x`);
    await expect(rows).toHaveCount(2);
    // An unknown cluster is still the not-found page (the read on the server answers 404 and is left out).
    expect((await page.goto('/clusters/no-such-cluster/topics'))?.status()).toBe(404);
  } finally {
    await context.close();
  }
});

test('a topic page opened directly from its encoded URL, and an unknown topic', async ({ page }) => {
  await page.goto(`${base}/topics/${enc(TOPIC)}`);
  await checkTopicPage(page);

  expected404 = [`/api/clusters/${CLUSTER}/topics/${enc('e2e.no_such-topic')}`];
  await page.goto(`${base}/topics/${enc('e2e.no_such-topic')}`);
  await expect(page.getByText('Topic “e2e.no_such-topic” is not in this cluster')).toBeVisible({ timeout: 30_000 });
});

test('events: type, topic and broker filters in the URL, readable sentences with links', async ({ page }) => {
  await page.goto(`${base}/events`);
  await expect(page).toHaveTitle(/Events · e2e/);
  await expect(page.getByRole('heading', { name: 'All events' })).toBeVisible();
  await expect(page.locator('li[data-event-type]').first()).toBeVisible({ timeout: 30_000 });
  // Grouped by cause by default; one line per event when asked.
  await expect(page.getByRole('checkbox', { name: 'Group by cause' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Group by cause' }).uncheck();
  await expect(page).toHaveURL(/view=list/);

  await page.getByText('Types:').click();
  await page.getByRole('checkbox', { name: 'Topic created' }).check();
  await expect(page).toHaveURL(/type=TOPIC_CREATED/);
  const created = page.locator('li[data-event-type="TOPIC_CREATED"]', { hasText: TOPIC });
  await expect(created).toContainText(`Topic ${TOPIC} created (6 partitions, RF 3)`, { timeout: 30_000 });
  await expect(page.locator('li[data-event-type]:not([data-event-type="TOPIC_CREATED"])')).toHaveCount(0);
  await page.getByText('Types:').click();

  await page.getByRole('searchbox', { name: 'Topic' }).fill(TOPIC);
  await page.getByRole('search', { name: 'Filter by topic' }).getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`topic=${enc(TOPIC).replace(/\./g, '\\.')}`));
  await expect(page.locator('li[data-event-type]')).toHaveCount(1);

  await created.getByRole('link', { name: TOPIC }).click();
  await expect(page).toHaveURL(`${base}/topics/${enc(TOPIC)}`);
  await page.goBack();
  await expect(page).toHaveURL(/type=TOPIC_CREATED/);

  await page.getByLabel('Broker', { exact: true }).selectOption('1');
  await expect(page).toHaveURL(/broker=1/);
  await expect(page.getByText('No events match these filters')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(`${base}/events`);
  await expect(page.getByRole('heading', { name: 'All events' })).toBeVisible();
});

test('theme toggle switches to dark and back, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(base);
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(html).not.toHaveClass(/dark/);

  // Keyboard: the first Tab reaches the skip link, which lands on the main content.
  await page.reload();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
});
