import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase } from '@/test/support/database';
import { alertReceiverPort } from './alert-receiver';
import { serveUntilStopped } from './serve-until-stopped';
import { testCluster } from './test-cluster';

// Serves the app for Playwright: the test cluster, a cluster that is never reachable (nothing
// listens on its port), an empty database, the production build. Alerts of the test cluster go
// to two webhook receivers on a port the alerts spec listens on while it runs (before that,
// their deliveries fail and are retried, as they would be in life).
export const NEVER_REACHED_PORT = 9; // discard: nothing listens there
const cluster = testCluster();
const db = await freshDatabase();
const dir = mkdtempSync(join(tmpdir(), 'kafkascope-e2e-'));
const config = join(dir, 'clusters.yaml');
writeFileSync(
  config,
  [
    `publicUrl: http://127.0.0.1:${process.env.PORT ?? 3100}`,
    'receivers:',
    `  - { name: hook, type: webhook, url: "http://127.0.0.1:${alertReceiverPort()}/hook" }`,
    `  - { name: flaky, type: webhook, url: "http://127.0.0.1:${alertReceiverPort()}/flaky", timeoutMs: 2000 }`,
    'clusters:',
    '  - id: e2e',
    '    name: e2e',
    `    brokers: ${cluster.bootstrap()}`,
    '    pollIntervalMs: 2000',
    // A short window so a stopped group reads STOP within the test's time.
    '    lag: { windowMs: 20000, minSamples: 3 }',
    // Many specs create topics with one replica: room for their findings' alerts too.
    '    alerts: { receivers: [hook, flaky], rateLimitPerMinute: 600 }',
    '  - id: nowhere',
    '    name: Never reached',
    `    brokers: 127.0.0.1:${NEVER_REACHED_PORT}`,
    '    pollIntervalMs: 2000',
    '',
  ].join('\n'),
);
await serveUntilStopped({ ...process.env, KAFKASCOPE_CONFIG: config }, db);
