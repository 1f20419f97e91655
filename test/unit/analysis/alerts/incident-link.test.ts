import { describe, expect, it } from 'vitest';
import { alertInIncident } from '@/lib/analysis/alerts/incident-link';

const T = (hhmm: string) => Date.parse(`2026-01-01T${hhmm}:00Z`);
const incident = { start: '2026-01-01T17:05:00.000Z', end: '2026-01-01T19:18:00.000Z', brokersDown: [{ brokerId: 1, intervals: [] }], topics: ['signup'], groupsBehind: ['billing'] };
const now = T('20:00');

describe('which incident an alert belongs to', () => {
  it('one that overlaps it in time and names its subject', () => {
    expect(alertInIncident(incident, { labels: { broker: '1' }, start: T('17:05'), end: T('19:18') }, now)).toBe(true);
    expect(alertInIncident(incident, { labels: { broker: '2' }, start: T('17:05'), end: T('19:18') }, now)).toBe(false);
    expect(alertInIncident(incident, { labels: { topic: 'signup' }, start: T('17:06'), end: null }, now)).toBe(true);
    expect(alertInIncident(incident, { labels: { group: 'billing' }, start: T('18:00'), end: T('18:30') }, now)).toBe(true);
    expect(alertInIncident(incident, { labels: {}, start: T('17:30'), end: T('17:31') }, now)).toBe(true); // cluster-wide
  });

  it('not one that ended before the alert began or began after it ended (30 s of slack for a poll apart)', () => {
    expect(alertInIncident(incident, { labels: { broker: '1' }, start: T('19:30'), end: null }, now)).toBe(false);
    expect(alertInIncident(incident, { labels: { broker: '1' }, start: T('16:00'), end: T('17:00') }, now)).toBe(false);
    expect(alertInIncident(incident, { labels: { broker: '1' }, start: Date.parse('2026-01-01T19:18:20Z'), end: null }, now)).toBe(true);
  });
});
