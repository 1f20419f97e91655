// Alerting configuration: receivers (webhooks, Slack, Alertmanager; URLs and headers may come from
// the environment, as secrets do) and per-cluster rules with defaults a team can start with.
import { z } from 'zod';
import { ALERT_RULE_IDS, type AlertRuleId, type ReceiverKind } from '@/lib/model/alerts';
import { LAG_STATUSES, type LagStatus } from '@/lib/model/lag';
import { resolveSecret } from './secrets';
import { ConfigError, type Env } from './types';

export interface ReceiverConfig {
  name: string;
  kind: ReceiverKind;
  /** Resolved; may hold a token, so never logged or served. */
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

export interface AlertRuleSettings {
  enabled: boolean;
  forMs: number;
  keepFiringForMs: number;
}

export interface AlertSettings {
  receivers: ReceiverConfig[];
  rules: Record<AlertRuleId, AlertRuleSettings>;
  /** Lag statuses that make a group-lag alert. */
  groupStatuses: LagStatus[];
  /** At most this many notifications a minute per receiver; more wait their turn. */
  rateLimitPerMinute: number;
}

const secret = z.union([z.string(), z.object({ env: z.string().min(1) })]);

export const receiverSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'must be letters, digits, "_", "." or "-"'),
  type: z.enum(['webhook', 'slack', 'alertmanager']),
  url: secret,
  headers: z.record(z.string(), secret).optional(),
  timeoutMs: z.number().int().min(100).max(60_000).optional(),
});

const ruleSchema = z.strictObject({
  enabled: z.boolean().optional(),
  forSeconds: z.number().min(0).optional(),
  keepFiringForSeconds: z.number().min(0).optional(),
});

export const clusterAlertsSchema = z.strictObject({
  receivers: z.array(z.string()).optional(),
  rules: z.partialRecord(z.enum(ALERT_RULE_IDS as [AlertRuleId, ...AlertRuleId[]]), ruleSchema).optional(),
  groupStatuses: z.array(z.enum(LAG_STATUSES)).optional(),
  rateLimitPerMinute: z.number().int().min(1).optional(),
});

export type RawReceiver = z.infer<typeof receiverSchema>;
export type RawClusterAlerts = z.infer<typeof clusterAlertsSchema>;

/** Defaults: failures at once, min ISR after 30 s, unreachability after 10 s; a clear needs 10 s. */
export const DEFAULT_RULES: Record<AlertRuleId, AlertRuleSettings> = {
  'cluster-unreachable': { enabled: true, forMs: 10_000, keepFiringForMs: 10_000 },
  'broker-down': { enabled: true, forMs: 0, keepFiringForMs: 10_000 },
  'partitions-offline': { enabled: true, forMs: 0, keepFiringForMs: 10_000 },
  'under-min-isr': { enabled: true, forMs: 30_000, keepFiringForMs: 10_000 },
  'group-lag': { enabled: true, forMs: 0, keepFiringForMs: 10_000 },
  'critical-finding': { enabled: true, forMs: 0, keepFiringForMs: 10_000 },
};

export function normaliseReceiver(r: RawReceiver, where: string, env: Env): ReceiverConfig {
  const url = resolveSecret(r.url, `${where}.url`, env);
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
  } catch {
    throw new ConfigError(`${where}.url: not an http(s) URL`);
  }
  // An Alertmanager is named by its address, as in Prometheus' config; its alerts API lives below it.
  const target = r.type === 'alertmanager' && !/\/api\/v2\/alerts\/?$/.test(url) ? `${url.replace(/\/+$/, '')}/api/v2/alerts` : url;
  const headers = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k, resolveSecret(v, `${where}.headers.${k}`, env)]));
  return { name: r.name, kind: r.type, url: target, headers, timeoutMs: r.timeoutMs ?? 5000 };
}

export function normaliseAlerts(raw: RawClusterAlerts | undefined, receivers: ReceiverConfig[], where: string): AlertSettings {
  const names = raw?.receivers ?? receivers.map((r) => r.name);
  const chosen = names.map((n) => {
    const r = receivers.find((x) => x.name === n);
    if (!r) throw new ConfigError(`${where}.receivers: no receiver named "${n}" (define it under receivers:)`);
    return r;
  });
  const rules = Object.fromEntries(
    ALERT_RULE_IDS.map((id) => {
      const o = raw?.rules?.[id];
      const d = DEFAULT_RULES[id];
      return [id, { enabled: o?.enabled ?? d.enabled, forMs: o?.forSeconds !== undefined ? o.forSeconds * 1000 : d.forMs, keepFiringForMs: o?.keepFiringForSeconds !== undefined ? o.keepFiringForSeconds * 1000 : d.keepFiringForMs }];
    }),
  ) as Record<AlertRuleId, AlertRuleSettings>;
  return { receivers: chosen, rules, groupStatuses: raw?.groupStatuses ?? ['ERR', 'STOP'], rateLimitPerMinute: raw?.rateLimitPerMinute ?? 30 };
}

/** KAFKASCOPE_ALERT_WEBHOOK_URL, _SLACK_URL, _ALERTMANAGER_URL: receivers without a config file. */
export function receiversFromEnv(env: Env): ReceiverConfig[] {
  const vars: [string, ReceiverKind][] = [
    ['KAFKASCOPE_ALERT_WEBHOOK_URL', 'webhook'],
    ['KAFKASCOPE_ALERT_SLACK_URL', 'slack'],
    ['KAFKASCOPE_ALERT_ALERTMANAGER_URL', 'alertmanager'],
  ];
  return vars.flatMap(([v, kind]) => (env[v] ? [normaliseReceiver({ name: kind, type: kind, url: env[v]! }, v, env)] : []));
}

export type { Env };

/** A cluster's alert settings; one configured without any still records its alerts, with the default rules. */
export function alertSettingsOf(cfg: { alerts?: AlertSettings }): AlertSettings {
  return cfg.alerts ?? normaliseAlerts(undefined, [], 'defaults');
}
