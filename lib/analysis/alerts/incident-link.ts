// Which incident an alert belongs to: one whose time overlaps the alert's life and that names the
// alert's subject (its broker, topic or group); a cluster-wide alert belongs to any overlapping one.
import type { Incident } from '@/lib/analysis/incidents/types';

type IncidentLike = Pick<Incident, 'start' | 'end' | 'brokersDown' | 'topics' | 'groupsBehind'>;

/** Events of the same failure can trail the alert by up to this much (they were read a poll apart). */
const SLACK_MS = 30_000;

export function alertInIncident(i: IncidentLike, alert: { labels: Record<string, string>; start: number; end: number | null }, now: number): boolean {
  const iStart = Date.parse(i.start) - SLACK_MS;
  const iEnd = i.end === null ? now : Date.parse(i.end) + SLACK_MS;
  if (iStart > (alert.end ?? now) || iEnd < alert.start) return false;
  const l = alert.labels;
  if (l.broker !== undefined) return i.brokersDown.some((b) => String(b.brokerId) === l.broker);
  if (l.topic !== undefined) return i.topics.includes(l.topic);
  if (l.group !== undefined) return i.groupsBehind.includes(l.group);
  return true;
}
