import { describe, expect, it } from 'vitest';
import { formatDuration, groupIncidents } from '@/lib/analysis/incidents';
import { ev, lag, MIN, t } from './story';

const now = { now: t('23:00').getTime() };
const down = (id: number, at: Date) => ev('BROKER_DOWN', at, { brokerId: id });
const up = (id: number, at: Date) => ev('BROKER_UP', at, { brokerId: id });
const offline = (topic: string, p: number, at: Date) => ev('PARTITION_OFFLINE', at, { topic, partition: p, details: { lastLeader: 1, replicas: [1], offlineReplicas: [1] } });
const online = (topic: string, p: number, at: Date) => ev('PARTITION_ONLINE', at, { topic, partition: p, details: { leader: 1 } });
const isr = (type: 'ISR_SHRINK' | 'ISR_EXPAND', p: number, at: Date, after: number[]) =>
  ev(type, at, { topic: 'orders', partition: p, details: { after, replicas: [1, 2, 3] } });

describe('groupIncidents', () => {
  it('two failures hours apart are two incidents', () => {
    const got = groupIncidents([down(2, t('10:00')), up(2, t('10:10')), offline('orders', 3, t('14:00')), online('orders', 3, t('14:30'))], now);
    expect(got.map((i) => [i.title, i.severity, i.start, i.durationMs])).toEqual([
      ['Broker 2 down', 'major', '2026-01-01T10:00:00.000Z', 10 * MIN],
      ['Partition orders-3 offline', 'critical', '2026-01-01T14:00:00.000Z', 30 * MIN],
    ]);
  });

  it('an ongoing failure has no end, and lasts until now', () => {
    const [inc] = groupIncidents([down(3, t('10:00')), ev('LEADER_CHANGED', t('10:00'), { topic: 'orders', partition: 0 })], { now: t('11:00').getTime() });
    expect(inc).toMatchObject({ end: null, durationMs: 60 * MIN, summary: 'Broker 3 down since 10:00 UTC (1h so far): 1 leader moved' });
    expect(inc?.brokersDown).toEqual([{ brokerId: 3, intervals: [{ start: '2026-01-01T10:00:00.000Z', end: null, durationMs: 60 * MIN }] }]);
  });

  it('everything that happens while something is still broken joins the open incident, however late', () => {
    const got = groupIncidents([down(1, t('10:00')), lag(t('15:00'), 'billing', 'OK', 'ERR')], now);
    expect(got).toHaveLength(1);
    expect(got[0]?.groupsBehind).toEqual(['billing']);
  });

  it('routine noise alone opens nothing, nor does a recovery whose failure came before', () => {
    const noise = [
      ev('TOPIC_CREATED', t('10:00'), { topic: 'orders' }),
      ev('PARTITIONS_ADDED', t('10:01'), { topic: 'orders', details: { from: 3, to: 6 } }),
      ev('GROUP_STATE_CHANGED', t('10:02'), { details: { groupId: 'billing', from: 'Stable', to: 'Empty' } }),
      ev('LEADER_CHANGED', t('10:03'), { topic: 'orders', partition: 1, details: { from: 2, to: 1 } }),
      ev('CONTROLLER_CHANGED', t('10:04'), { details: { from: 1, to: 2 } }),
      lag(t('10:05'), 'billing', 'OK', 'WARN'),
      up(1, t('10:06')),
      isr('ISR_EXPAND', 0, t('10:07'), [1, 2, 3]),
    ];
    expect(groupIncidents(noise, now)).toEqual([]);
  });

  it('a broker flapping within the quiet gap is one incident with one interval per outage', () => {
    const [inc, ...rest] = groupIncidents([down(1, t('10:00')), up(1, t('10:02')), down(1, t('10:05')), up(1, t('10:06'))], now);
    expect(rest).toEqual([]);
    expect(inc?.brokersDown[0]?.intervals.map((i) => i.durationMs)).toEqual([2 * MIN, 1 * MIN]);
    expect(inc?.end).toBe('2026-01-01T10:06:00.000Z');
  });

  it('a failure after the quiet gap starts a new incident; routine events do not stretch the gap', () => {
    const events = [down(1, t('10:00')), up(1, t('10:02')), ev('TOPIC_CREATED', t('10:06'), { topic: 'x' }), down(1, t('10:08')), up(1, t('10:09'))];
    const got = groupIncidents(events, now);
    expect(got.map((i) => [i.start, i.eventCount])).toEqual([
      ['2026-01-01T10:00:00.000Z', 3],
      ['2026-01-01T10:08:00.000Z', 2],
    ]);
    expect(groupIncidents(events, { ...now, quietGapMs: 10 * MIN })).toHaveLength(1);
  });

  it('a lag-only incident is minor', () => {
    const [inc] = groupIncidents([lag(t('10:00'), 'billing', 'OK', 'STALL'), lag(t('10:20'), 'billing', 'STALL', 'WARN')], now);
    expect(inc).toMatchObject({ title: 'Consumer group billing fell behind', severity: 'minor', durationMs: 20 * MIN, groupsBehind: ['billing'] });
    expect(inc?.summary).toBe('Consumer group billing fell behind 10:00–10:20 UTC (20m)');
  });

  it('several brokers down are named together; an unreachable cluster outranks them', () => {
    expect(groupIncidents([down(2, t('10:00')), down(1, t('10:01')), up(1, t('10:30')), up(2, t('10:31'))], now)[0]?.title).toBe('Brokers 1, 2 down');
    const [inc] = groupIncidents([ev('CLUSTER_UNREACHABLE', t('10:00')), down(1, t('10:10')), ev('CLUSTER_REACHABLE', t('10:10')), up(1, t('10:20'))], now);
    expect(inc).toMatchObject({ title: 'Cluster unreachable', severity: 'critical', end: '2026-01-01T10:20:00.000Z' });
    expect(inc?.summary).toBe('Cluster unreachable 10:00–10:20 UTC (20m): broker 1 down');
  });

  it('under-replication ends only when the ISR is back to the full replica list, or the replicas shrink to it', () => {
    const partial = groupIncidents([isr('ISR_SHRINK', 0, t('10:00'), [3]), isr('ISR_EXPAND', 0, t('10:10'), [3, 1])], now);
    expect(partial[0]).toMatchObject({ end: null, title: 'A partition under-replicated', severity: 'major', isrShrinks: 1 });
    const reassigned = ev('REPLICAS_CHANGED', t('10:20'), { topic: 'orders', partition: 0, details: { before: [1, 2, 3], after: [3, 1] } });
    const done = groupIncidents([isr('ISR_SHRINK', 0, t('10:00'), [3]), isr('ISR_EXPAND', 0, t('10:10'), [3, 1]), reassigned], now);
    expect(done[0]?.end).toBe('2026-01-01T10:20:00.000Z');
  });

  it('deleting a topic ends the outages of its partitions', () => {
    const [inc] = groupIncidents([offline('tmp', 0, t('10:00')), offline('tmp', 1, t('10:00')), ev('TOPIC_DELETED', t('10:40'), { topic: 'tmp' })], now);
    expect(inc).toMatchObject({ title: 'Partitions tmp-0, tmp-1 offline', end: '2026-01-01T10:40:00.000Z' });
    expect(inc?.partitionsOffline.map((p) => p.durationMs)).toEqual([40 * MIN, 40 * MIN]);
    expect(inc?.summary).toBe('Partitions tmp-0, tmp-1 offline 10:00–10:40 UTC (40m): 2 partitions offline (longest 40m)');
  });

  it('a span past midnight shows the end date', () => {
    const [inc] = groupIncidents([down(1, t('23:50')), up(1, t('01:10', '02'))], { now: t('02:00', '02').getTime() });
    expect(inc?.summary).toBe('Broker 1 down 23:50–01-02 01:10 UTC (1h20m)');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [45_000, '45s'],
    [5 * MIN + 59_000, '5m'],
    [2 * 60 * MIN, '2h'],
    [133 * MIN, '2h13m'],
    [(3 * 24 + 4) * 60 * MIN + 59 * MIN, '3d4h'],
    [2 * 24 * 60 * MIN, '2d'],
  ])('%i ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
