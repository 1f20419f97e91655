import { describe, expect, it } from 'vitest';
import { groupIncidents } from '@/lib/analysis/incidents';
import { down, ev, expand, lag, MIN, moved, offline, online, shrink, t, up } from './story';

const now = { now: t('23:00').getTime() };
const titles = (xs: ReturnType<typeof groupIncidents>) => xs.map((i) => [i.title, i.start, i.end]);

describe('groupIncidents: what starts and ends an incident', () => {
  it('two failures hours apart are two incidents', () => {
    const got = groupIncidents([down(2, t('10:00')), up(2, t('10:10')), offline('orders', 3, t('14:00')), online('orders', 3, t('14:30'))], now);
    expect(got.map((i) => [i.title, i.severity, i.start, i.durationMs])).toEqual([
      ['Broker 2 down', 'major', '2026-01-01T10:00:00.000Z', 10 * MIN],
      ['Partition orders-3 offline', 'critical', '2026-01-01T14:00:00.000Z', 30 * MIN],
    ]);
  });

  it('an ongoing failure has no end, and lasts until now', () => {
    const [inc] = groupIncidents([down(3, t('10:00')), moved('orders', 0, t('10:00'), 3, 1)], { now: t('11:00').getTime() });
    expect(inc).toMatchObject({ end: null, durationMs: 60 * MIN, summary: 'Broker 3 down since 10:00 UTC (1h so far): 1 leader moved' });
    expect(inc?.brokersDown).toEqual([{ brokerId: 3, intervals: [{ start: '2026-01-01T10:00:00.000Z', end: null, durationMs: 60 * MIN }] }]);
  });

  it('routine noise alone opens nothing, nor does a recovery whose failure came before', () => {
    const noise = [
      ev('TOPIC_CREATED', t('10:00'), { partitions: 3, replicationFactor: 3, internal: false }, { topic: 'orders' }),
      ev('PARTITIONS_ADDED', t('10:01'), { from: 3, to: 6 }, { topic: 'orders' }),
      ev('GROUP_STATE_CHANGED', t('10:02'), { groupId: 'billing', from: 'Stable', to: 'Empty' }),
      moved('orders', 1, t('10:03'), 2, 1),
      ev('CONTROLLER_CHANGED', t('10:04'), { from: 1, to: 2 }),
      lag(t('10:05'), 'billing', 'OK', 'WARN'),
      up(1, t('10:06')),
      expand('orders', 0, t('10:07'), [1]),
    ];
    expect(groupIncidents(noise, now)).toEqual([]);
  });

  it('a broker that comes back ends its incident; a second kill is a second incident, linked as a recurrence', () => {
    const got = groupIncidents([down(1, t('10:00')), up(1, t('10:02')), down(1, t('10:05')), up(1, t('10:06'))], now);
    expect(titles(got)).toEqual([
      ['Broker 1 down', '2026-01-01T10:00:00.000Z', '2026-01-01T10:02:00.000Z'],
      ['Broker 1 down', '2026-01-01T10:05:00.000Z', '2026-01-01T10:06:00.000Z'],
    ]);
    expect(got[1]?.previousId).toBe(got[0]?.id);
    // Hours later it is not a recurrence any more.
    const later = groupIncidents([down(1, t('10:00')), up(1, t('10:02')), down(1, t('14:00')), up(1, t('14:06'))], now);
    expect(later[1]?.previousId).toBeNull();
  });

  it('ends with the last consequence: ISR back to full after the broker is up', () => {
    const [inc] = groupIncidents([down(2, t('10:00')), shrink('orders', 0, t('10:00'), [2]), up(2, t('10:10')), expand('orders', 0, t('10:11'), [2])], now);
    expect(inc).toMatchObject({ end: '2026-01-01T10:11:00.000Z', isrShrinks: 1, eventCount: 4 });
  });

  it('consequences of a broker failure join it even when reported a poll later', () => {
    const got = groupIncidents([down(2, t('10:00')), shrink('orders', 0, t('10:01'), [2]), moved('orders', 1, t('10:01'), 2, 3), up(2, t('10:10')), expand('orders', 0, t('10:10'), [2])], now);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ leadersMoved: 1, isrShrinks: 1 });
  });

  it('a failure unrelated to an open incident and long after it starts its own', () => {
    // Broker 4 is down for good; an hour later broker 2 dies and comes back.
    const got = groupIncidents([down(4, t('09:00')), down(2, t('10:00')), shrink('orders', 0, t('10:00'), [2]), up(2, t('10:05')), expand('orders', 0, t('10:05'), [2])], now);
    expect(titles(got)).toEqual([
      ['Broker 4 down', '2026-01-01T09:00:00.000Z', null],
      ['Broker 2 down', '2026-01-01T10:00:00.000Z', '2026-01-01T10:05:00.000Z'],
    ]);
  });

  it('failures within the cascade window are one incident (a rack losing power)', () => {
    const got = groupIncidents([down(2, t('10:00')), down(1, t('10:01')), up(1, t('10:30')), up(2, t('10:31'))], now);
    expect(titles(got)).toEqual([['Brokers 1, 2 down', '2026-01-01T10:00:00.000Z', '2026-01-01T10:31:00.000Z']]);
  });

  it('an unreachable cluster outranks the brokers it hides', () => {
    const [inc] = groupIncidents([ev('CLUSTER_UNREACHABLE', t('10:00'), {}), down(1, t('10:10')), ev('CLUSTER_REACHABLE', t('10:10'), {}), up(1, t('10:20'))], now);
    expect(inc).toMatchObject({ title: 'Cluster unreachable', severity: 'critical', end: '2026-01-01T10:20:00.000Z' });
    expect(inc?.summary).toBe('Cluster unreachable 10:00–10:20 UTC (20m): broker 1 down');
  });

  it('under-replication ends only when the ISR is back to the full replica list, or the replicas shrink to it', () => {
    const partial = groupIncidents([shrink('orders', 0, t('10:00'), [1, 2]), expand('orders', 0, t('10:10'), [1], [1, 2, 3], [1, 3])], now);
    expect(partial[0]).toMatchObject({ end: null, title: 'A partition under-replicated', severity: 'major', isrShrinks: 1 });
    const reassigned = ev('REPLICAS_CHANGED', t('10:20'), { before: [1, 2, 3], after: [3, 1] }, { topic: 'orders', partition: 0 });
    const done = groupIncidents([shrink('orders', 0, t('10:00'), [1, 2]), expand('orders', 0, t('10:10'), [1], [1, 2, 3], [1, 3]), reassigned], now);
    expect(done[0]?.end).toBe('2026-01-01T10:20:00.000Z');
  });

  it('deleting a topic ends the outages of its partitions', () => {
    const [inc] = groupIncidents([offline('tmp', 0, t('10:00')), offline('tmp', 1, t('10:00')), ev('TOPIC_DELETED', t('10:40'), { partitions: 2 }, { topic: 'tmp' })], now);
    expect(inc).toMatchObject({ title: 'Partitions tmp-0, tmp-1 offline', end: '2026-01-01T10:40:00.000Z' });
    expect(inc?.partitionsOffline.map((p) => p.durationMs)).toEqual([40 * MIN, 40 * MIN]);
    expect(inc?.summary).toBe('Partitions tmp-0, tmp-1 offline 10:00–10:40 UTC (40m): 2 partitions offline (longest 40m)');
  });

  it('counts partitions under min ISR as the API does: offline ones included', () => {
    const umi = (p: number, at: Date) => ev('UNDER_MIN_ISR', at, { isr: p === 0 ? [] : [2], minIsr: 2, leader: p === 0 ? -1 : 2 }, { topic: 'pay', partition: p });
    const [inc] = groupIncidents([down(1, t('10:00')), offline('pay', 0, t('10:00')), ...[0, 1, 2, 3].map((p) => umi(p, t('10:00')))], { now: t('10:10').getTime() });
    expect(inc?.partitionsUnderMinIsr.count).toBe(4);
    expect(inc?.summary).toBe('Broker 1 down since 10:00 UTC (10m so far): 1 partition offline for 10m so far, 4 partitions under min ISR (longest 10m, 1 of them offline)');
  });

  it('a span past midnight shows the end date', () => {
    const [inc] = groupIncidents([down(1, t('23:50')), up(1, t('01:10', '02'))], { now: t('02:00', '02').getTime() });
    expect(inc?.summary).toBe('Broker 1 down 23:50–01-02 01:10 UTC (1h 20m)');
  });
});

describe('groupIncidents: consumer groups', () => {
  it('a group stopped before a broker failure is not its consequence, and does not keep it open', () => {
    const events = [
      lag(t('09:00'), 'analytics', 'OK', 'STOP', { since: t('08:50'), topics: ['orders'] }),
      down(1, t('10:00')),
      shrink('orders', 0, t('10:00'), [1]),
      // Its status changes during the outage, but the trouble began at 08:50.
      lag(t('10:01'), 'analytics', 'STOP', 'ERR', { since: t('08:50'), topics: ['orders'] }),
      lag(t('10:02'), 'analytics', 'ERR', 'STOP', { since: t('08:50'), topics: ['orders'] }),
      up(1, t('10:05')),
      expand('orders', 0, t('10:05'), [1]),
    ];
    const got = groupIncidents(events, now);
    const broker = got.find((i) => i.kind === 'cluster');
    expect(broker).toMatchObject({ title: 'Broker 1 down', end: '2026-01-01T10:05:00.000Z', groupsBehind: [] });
    expect(got.filter((i) => i.kind === 'consumer').map((i) => [i.title, i.end])).toEqual([['Consumer group analytics stopped', null]]);
  });

  it('a group that falls behind because of the failure is part of it, and the incident waits for it', () => {
    const events = [
      down(1, t('10:00')),
      shrink('orders', 0, t('10:00'), [1]),
      lag(t('10:03'), 'billing', 'OK', 'ERR', { since: t('10:00'), topics: ['orders'] }),
      up(1, t('10:05')),
      expand('orders', 0, t('10:05'), [1]),
      lag(t('10:09'), 'billing', 'ERR', 'OK', { topics: ['orders'] }),
    ];
    const got = groupIncidents(events, now);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ groupsBehind: ['billing'], end: '2026-01-01T10:09:00.000Z' });
  });

  it('a group reading none of the topics the failure touched has its own incident', () => {
    const got = groupIncidents([down(1, t('10:00')), shrink('orders', 0, t('10:00'), [1]), lag(t('10:02'), 'mail', 'OK', 'STALL', { since: t('10:01'), topics: ['emails'] })], now);
    expect(got.map((i) => [i.kind, i.title])).toEqual([
      ['cluster', 'Broker 1 down'],
      ['consumer', 'Consumer group mail stalled'],
    ]);
  });

  it('a lag-only incident is minor and says why', () => {
    const [inc] = groupIncidents([lag(t('10:00'), 'billing', 'OK', 'STALL', { reason: 'no commit for 10m, lag 3,000' }), lag(t('10:20'), 'billing', 'STALL', 'WARN')], now);
    expect(inc).toMatchObject({ kind: 'consumer', title: 'Consumer group billing stalled', severity: 'minor', durationMs: 20 * MIN, groupsBehind: ['billing'] });
    expect(inc?.summary).toBe('Consumer group billing stalled 10:00–10:20 UTC (20m): no commit for 10m, lag 3,000');
  });

  it('two groups in trouble at once are two incidents', () => {
    const got = groupIncidents([lag(t('10:00'), 'a', 'OK', 'ERR'), lag(t('10:01'), 'b', 'OK', 'STOP'), lag(t('10:05'), 'a', 'ERR', 'OK')], now);
    expect(got.map((i) => [i.title, i.end])).toEqual([
      ['Consumer group a fell behind', '2026-01-01T10:05:00.000Z'],
      ['Consumer group b stopped', null],
    ]);
  });
});
