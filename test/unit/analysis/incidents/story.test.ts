import { describe, expect, it } from 'vitest';
import { groupIncidents } from '@/lib/analysis/incidents';
import { incidentStory, lag, MIN, moved, t } from './story';

describe('the incident story', () => {
  const events = incidentStory();
  const incidents = groupIncidents(events, { now: t('21:00').getTime() });
  const [inc] = incidents;

  it('is one incident: broker 1 down 17:05–19:18, critical because a partition was offline', () => {
    expect(incidents).toHaveLength(1);
    expect(inc).toMatchObject({
      title: 'Broker 1 down',
      severity: 'critical',
      start: '2026-01-01T17:05:00.000Z',
      end: '2026-01-01T19:18:00.000Z',
      durationMs: 133 * MIN,
    });
  });

  it('counts what happened', () => {
    expect(inc?.brokersDown).toEqual([{ brokerId: 1, intervals: [{ start: '2026-01-01T17:05:00.000Z', end: '2026-01-01T19:18:00.000Z', durationMs: 133 * MIN }] }]);
    expect(inc?.leadersMoved).toBe(12);
    expect(inc?.partitionsOffline).toEqual([
      { topic: 'audit', partition: 0, durationMs: 133 * MIN, intervals: [{ start: '2026-01-01T17:05:00.000Z', end: '2026-01-01T19:18:00.000Z', durationMs: 133 * MIN }] },
    ]);
    expect(inc?.partitionsUnderMinIsr).toEqual({ count: 1, maxDurationMs: 133 * MIN });
    expect(inc?.previousId).toBeNull();
    expect(inc?.kind).toBe('cluster');
    expect(inc?.isrShrinks).toBe(40);
    expect(inc?.groupsBehind).toEqual(['billing', 'shipping']);
    expect(inc?.clusterUnreachable).toEqual([]);
    expect(inc?.topics).toEqual(['audit', 'orders']);
  });

  it('says it in one line, with the counts the API gives', () => {
    expect(inc?.summary).toBe(
      'Broker 1 down 17:05–19:18 UTC (2h 13m): 12 leaders moved, 1 partition offline for 2h 13m, 1 partition under min ISR (longest 2h 13m, 1 of them offline), ISR shrank on 40 partitions, groups billing and shipping fell behind',
    );
  });

  it('holds the events from the first failure to the last recovery, in order, and nothing routine outside', () => {
    const ids = events.map((e) => e.id);
    expect(inc?.id).toBe(ids[1]);
    expect(inc?.eventIds).toEqual(ids.slice(1, -1));
    expect(inc?.eventCount).toBe(events.length - 2);
  });

  it('routine events absorbed while it is open stay in it (the group rebalance at 18:00)', () => {
    const rebalance = events.find((e) => e.type === 'GROUP_STATE_CHANGED');
    expect(inc?.eventIds).toContain(rebalance?.id);
  });

  it('a preferred-leader election 4 minutes after recovery joins it without lengthening it', () => {
    const election = [0, 1, 2].map((p) => moved('orders', p, t('19:22'), 2, 1));
    const [withElection, ...rest] = groupIncidents([...events, ...election], { now: t('21:00').getTime() });
    expect(rest).toEqual([]);
    expect(withElection?.leadersMoved).toBe(15);
    expect(withElection?.end).toBe('2026-01-01T19:18:00.000Z');
  });

  it('is the same whatever order the events arrive in', () => {
    const shuffled = [...events].reverse();
    const again = groupIncidents(shuffled, { now: t('21:00').getTime() });
    expect(again.map((i) => [i.title, i.start, i.end, i.leadersMoved, i.isrShrinks])).toEqual([[inc?.title, inc?.start, inc?.end, 12, 40]]);
  });

  it('a group that only falls behind later, after the quiet gap, is its own minor incident', () => {
    const later = [lag(t('20:00'), 'billing', 'OK', 'STOP', { since: t('19:55') }), lag(t('20:30'), 'billing', 'STOP', 'OK')];
    const all = groupIncidents([...events, ...later], { now: t('21:00').getTime() });
    expect(all.map((i) => [i.title, i.severity])).toEqual([
      ['Broker 1 down', 'critical'],
      ['Consumer group billing stopped', 'minor'],
    ]);
  });
});
