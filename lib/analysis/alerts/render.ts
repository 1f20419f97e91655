// The bodies receivers get: a documented generic JSON, Slack's incoming-webhook shape, and
// Alertmanager's /api/v2/alerts list. Pure: the sender only posts what these return.
import type { AlertRecord, DeliveryKind, ReceiverKind } from '@/lib/model/alerts';

export interface RenderContext {
  clusterId: string;
  clusterName: string;
  /** The dashboard's public address, for links back; null = no links. */
  publicUrl: string | null;
  now: number;
}

/** Alertmanager forgets a firing alert after its endsAt: firing alerts are re-sent well before. */
export const ALERTMANAGER_TTL_MS = 10 * 60_000;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function alertUrl(c: RenderContext, a: Pick<AlertRecord, 'labels'>): string | null {
  if (!c.publicUrl) return null;
  const base = `${c.publicUrl.replace(/\/$/, '')}/clusters/${encodeURIComponent(c.clusterId)}`;
  const l = a.labels;
  if (l.broker) return `${base}/brokers/${encodeURIComponent(l.broker)}`;
  if (l.topic) return `${base}/topics/${encodeURIComponent(l.topic)}`;
  if (l.group) return `${base}/groups/${encodeURIComponent(l.group)}`;
  return `${base}/alerts`;
}

/** The generic webhook body (docs/alerts.md). */
export function webhookBody(kind: DeliveryKind, a: AlertRecord, c: RenderContext) {
  return {
    version: '1',
    kind,
    cluster: { id: c.clusterId, name: c.clusterName },
    alert: {
      fingerprint: a.fingerprint,
      rule: a.rule,
      severity: a.severity,
      state: kind === 'resolved' ? 'resolved' : a.state,
      summary: a.summary,
      description: a.description,
      labels: a.labels,
      activeSince: iso(a.activeSince),
      firedAt: iso(a.firedAt),
      resolvedAt: iso(a.resolvedAt),
      url: alertUrl(c, a),
    },
    sentAt: iso(c.now),
  };
}

/** Slack's mrkdwn treats &, < and > as markup: names from the cluster are escaped. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Slack incoming webhook: `text` (the notification line) plus blocks. */
export function slackBody(kind: DeliveryKind, a: AlertRecord, c: RenderContext) {
  const icon = kind === 'resolved' ? ':white_check_mark:' : a.severity === 'critical' ? ':red_circle:' : ':large_orange_circle:';
  const word = kind === 'resolved' ? 'RESOLVED' : kind === 'test' ? 'TEST' : a.severity.toUpperCase();
  const text = `${icon} [${word}] ${esc(c.clusterName)}: ${esc(a.summary)}`;
  const url = alertUrl(c, a);
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${text}*\n${esc(a.description)}` } },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: `since ${iso(a.firedAt ?? a.activeSince)}${kind === 'resolved' ? `, resolved ${iso(a.resolvedAt)}` : ''}${url ? ` · <${url}|open in Kafkascope>` : ''}` }],
      },
    ],
  };
}

/** Alertmanager's POST /api/v2/alerts body: firing alerts end in the future, resolved ones now. */
export function alertmanagerBody(kind: DeliveryKind, a: AlertRecord, c: RenderContext) {
  const url = alertUrl(c, a);
  return [
    {
      labels: a.labels,
      annotations: { summary: a.summary, description: a.description },
      startsAt: iso(a.firedAt ?? a.activeSince),
      endsAt: kind === 'resolved' ? iso(a.resolvedAt ?? c.now) : iso(c.now + ALERTMANAGER_TTL_MS),
      ...(url ? { generatorURL: url } : {}),
    },
  ];
}

/** The body a receiver of this kind gets. */
export function renderFor(receiver: ReceiverKind, kind: DeliveryKind, a: AlertRecord, c: RenderContext): unknown {
  if (receiver === 'slack') return slackBody(kind, a, c);
  if (receiver === 'alertmanager') return alertmanagerBody(kind, a, c);
  return webhookBody(kind, a, c);
}

/** What a test notification says: an alert that is not about anything, marked as a test. */
export function testAlert(c: RenderContext): AlertRecord {
  return {
    fingerprint: 'test',
    rule: 'cluster-unreachable',
    severity: 'warning',
    labels: { alertname: 'kafkascope-test', cluster: c.clusterId, severity: 'warning' },
    summary: 'Test notification from Kafkascope',
    description: 'Nothing is wrong: this checks that notifications reach this receiver.',
    state: 'firing',
    activeSince: c.now,
    firedAt: c.now,
    resolvedAt: null,
    lastTrueAt: c.now,
  };
}
