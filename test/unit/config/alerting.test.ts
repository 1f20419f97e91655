import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '@/lib/config/alerting';
import { loadClusters } from '@/lib/config/load';
import { ALERT_RULE_IDS, ALERT_RULES } from '@/lib/model/alerts';

const load = (yaml: string, env: Record<string, string> = {}) => loadClusters({ KAFKASCOPE_CONFIG: 'c.yaml', ...env }, () => yaml);
const BASE = 'clusters:\n  - id: prod\n    brokers: k:9092\n';

describe('alerting configuration', () => {
  it('resolves receivers (secrets from the environment), names Alertmanager by its address, and tunes rules per cluster', () => {
    const [c] = load(
      [
        'receivers:',
        '  - { name: am, type: alertmanager, url: "http://am:9093/" }',
        '  - { name: chat, type: slack, url: { env: SLACK_URL }, headers: { X-Token: { env: TOKEN } } }',
        BASE + '    alerts: { receivers: [chat, am], rules: { under-min-isr: { forSeconds: 60 }, group-lag: { enabled: false } }, groupStatuses: [STALL] }',
      ].join('\n'),
      { SLACK_URL: 'https://hooks.slack.test/services/T/B/X', TOKEN: 's3cret' },
    );
    expect(c!.alerts!.receivers.map((r) => [r.name, r.kind, r.url, r.headers])).toEqual([
      ['chat', 'slack', 'https://hooks.slack.test/services/T/B/X', { 'X-Token': 's3cret' }],
      ['am', 'alertmanager', 'http://am:9093/api/v2/alerts', {}],
    ]);
    expect(c!.alerts!.rules['under-min-isr']).toEqual({ enabled: true, forMs: 60_000, keepFiringForMs: 10_000 });
    expect(c!.alerts!.rules['group-lag'].enabled).toBe(false);
    expect(c!.alerts!.groupStatuses).toEqual(['STALL']);
  });

  it.each([
    [`receivers:\n  - { name: a, type: webhook, url: "ftp://x" }\n${BASE}`, /receivers\[0\]\.url: not an http\(s\) URL/],
    [`receivers:\n  - { name: a, type: pager, url: "http://x" }\n${BASE}`, /receivers/],
    [`receivers:\n  - { name: a, type: webhook, url: { env: NOPE } }\n${BASE}`, /NOPE/],
    [`receivers:\n  - { name: a, type: webhook, url: "http://x" }\n  - { name: a, type: slack, url: "http://y" }\n${BASE}`, /receiver name "a" is used twice/],
    [`${BASE}    alerts: { receivers: [pager] }`, /clusters\[0\]\.alerts\.receivers: no receiver named "pager"/],
    [`${BASE}    alerts: { rules: { broker-gone: { forSeconds: 1 } } }`, /broker-gone|rules/],
    [`${BASE}    alerts: { rules: { broker-down: { forSeconds: -1 } } }`, /forSeconds/],
  ])('refuses a bad alerting config with one line naming the place (%#)', (yaml, message) => {
    expect(() => load(yaml)).toThrow(message);
  });

  it('without a config file, receivers come from KAFKASCOPE_ALERT_*_URL', () => {
    const [c] = loadClusters({ KAFKA_BROKERS: 'k:9092', KAFKASCOPE_ALERT_WEBHOOK_URL: 'http://hook/x', KAFKASCOPE_ALERT_ALERTMANAGER_URL: 'http://am:9093' });
    expect(c!.alerts!.receivers.map((r) => [r.name, r.url])).toEqual([
      ['webhook', 'http://hook/x'],
      ['alertmanager', 'http://am:9093/api/v2/alerts'],
    ]);
  });

  it('docs/alerts.md lists every rule with its severity and default timing', () => {
    const doc = readFileSync('docs/alerts.md', 'utf8');
    const secs = (ms: number) => (ms === 0 ? '0' : `${ms / 1000} s`);
    for (const id of ALERT_RULE_IDS) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
      expect(row, id).toBeDefined();
      const cells = row!.split('|').map((x) => x.trim());
      expect([cells[2], cells[4], cells[5]], id).toEqual([ALERT_RULES[id].severity, secs(DEFAULT_RULES[id].forMs), secs(DEFAULT_RULES[id].keepFiringForMs)]);
    }
  });
});

describe('the example configs in the docs', () => {
  const block = (file: string, marker: string) => {
    const doc = readFileSync(file, 'utf8');
    const at = doc.indexOf(marker);
    return doc.slice(at, doc.indexOf('```', at));
  };
  const anyFile = (p: string) => (p === 'c.yaml' ? '' : '-----BEGIN CERTIFICATE-----\n');

  it('README.md: clusters.yaml loads', () => {
    const yaml = block('README.md', '# clusters.yaml');
    const cs = loadClusters({ KAFKASCOPE_CONFIG: 'c.yaml', PROD_KAFKA_PASSWORD: 'x' }, (p) => (p === 'c.yaml' ? yaml : anyFile(p)));
    expect(cs.map((c) => [c.id, c.alerts!.receivers.map((r) => r.name)])).toEqual([
      ['prod', ['oncall']],
      ['staging', ['oncall']],
    ]);
  });

  it('docs/alerts.md: the configuration example loads', () => {
    const yaml = block('docs/alerts.md', 'publicUrl:');
    const [c] = loadClusters({ KAFKASCOPE_CONFIG: 'c.yaml', SLACK_WEBHOOK_URL: 'https://hooks.slack.test/x', TICKETING_TOKEN: 't' }, (p) => (p === 'c.yaml' ? yaml : anyFile(p)));
    expect(c!.alerts!.receivers.map((r) => r.name)).toEqual(['oncall', 'ops-channel']);
    expect(c!.alerts!.rules['under-min-isr'].forMs).toBe(60_000);
  });
});
