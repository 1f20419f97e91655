import { describe, expect, it } from 'vitest';
import { ALERTMANAGER_TTL_MS, alertmanagerBody, slackBody, webhookBody } from '@/lib/analysis/alerts/render';
import type { AlertRecord } from '@/lib/model/alerts';

const T0 = Date.parse('2026-11-29T17:05:02Z');
const alert: AlertRecord = {
  fingerprint: 'group-lag|group=a<b>&c',
  rule: 'group-lag',
  severity: 'warning',
  labels: { alertname: 'group-lag', cluster: 'prod', severity: 'warning', group: 'a<b>&c' },
  summary: 'Consumer group a<b>&c ERR',
  description: 'lag grows',
  state: 'firing',
  activeSince: T0,
  firedAt: T0,
  resolvedAt: null,
  lastTrueAt: T0,
};
const ctx = { clusterId: 'prod', clusterName: 'Production', publicUrl: 'https://ks.example/', now: T0 + 1000 };

describe('notification bodies', () => {
  it('webhook: the documented shape, with a link to the subject', () => {
    expect(webhookBody('firing', alert, ctx)).toEqual({
      version: '1',
      kind: 'firing',
      cluster: { id: 'prod', name: 'Production' },
      alert: { fingerprint: alert.fingerprint, rule: 'group-lag', severity: 'warning', state: 'firing', summary: alert.summary, description: 'lag grows', labels: alert.labels, activeSince: '2026-11-29T17:05:02.000Z', firedAt: '2026-11-29T17:05:02.000Z', resolvedAt: null, url: 'https://ks.example/clusters/prod/groups/a%3Cb%3E%26c' },
      sentAt: '2026-11-29T17:05:03.000Z',
    });
    expect(webhookBody('firing', alert, { ...ctx, publicUrl: null }).alert.url).toBeNull();
  });

  it("slack: the names of the cluster's things cannot break its markup", () => {
    const b = slackBody('firing', alert, ctx);
    expect(b.text).toBe(':large_orange_circle: [WARNING] Production: Consumer group a&lt;b&gt;&amp;c ERR');
    expect(JSON.stringify(b.blocks)).not.toContain('a<b>');
  });

  it('alertmanager: firing ends in the future, resolved at its resolve time', () => {
    expect(alertmanagerBody('firing', alert, ctx)[0]).toMatchObject({ startsAt: '2026-11-29T17:05:02.000Z', endsAt: new Date(ctx.now + ALERTMANAGER_TTL_MS).toISOString(), labels: alert.labels });
    const resolved = { ...alert, state: 'resolved' as const, resolvedAt: T0 + 60_000 };
    expect(alertmanagerBody('resolved', resolved, { ...ctx, now: T0 + 90_000 })[0]!.endsAt).toBe('2026-11-29T17:06:02.000Z');
  });
});
