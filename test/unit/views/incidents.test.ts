import { describe, expect, it } from 'vitest';
import { NotFoundError } from '@/lib/model/errors';
import type { EventTableRow } from '@/lib/model/event-decode';
import type { Db } from '@/lib/store/client';
import { incidentDetail, listIncidents, MAX_INCIDENT_EVENTS } from '@/lib/views/incidents';
import { incidentStory, t } from '../analysis/incidents/story';

type Row = EventTableRow & { id: bigint; clusterId: string };
type AtFilter = { gte?: Date; lte?: Date; lt?: Date };
type Args = { where: { clusterId: string; id?: bigint; at?: AtFilter }; orderBy?: { at?: 'asc' | 'desc'; id?: 'asc' | 'desc' }[]; take?: number };

/** Just the part of Prisma's event delegate the view uses, over an array. */
function fakeDb(rows: Row[]): Db {
  const matches = ({ where: w }: Args) =>
    rows.filter(
      (r) =>
        r.clusterId === w.clusterId &&
        (w.id === undefined || r.id === w.id) &&
        (w.at?.gte === undefined || r.at >= w.at.gte) &&
        (w.at?.lte === undefined || r.at <= w.at.lte) &&
        (w.at?.lt === undefined || r.at < w.at.lt),
    );
  const findMany = async (a: Args) => {
    const dir = a.orderBy?.[0]?.at === 'desc' ? -1 : 1;
    const sorted = matches(a).sort((x, y) => dir * (x.at.getTime() - y.at.getTime() || Number(x.id - y.id)));
    return sorted.slice(0, a.take ?? sorted.length);
  };
  const findFirst = async (a: Args) => (await findMany(a))[0] ?? null;
  return { event: { findMany, findFirst }, alert: { findMany: async () => [] } } as unknown as Db;
}

const storyRows = (): Row[] =>
  incidentStory().map((e) => ({ ...e, id: BigInt(e.id), clusterId: 'c1' }));

describe('incident views', () => {
  const rows = storyRows();
  const db = fakeDb([...rows, { ...rows[1]!, id: 99_999n, clusterId: 'other' }]);
  const brokerDown = rows.find((r) => r.type === 'BROKER_DOWN')!;
  const now = t('21:00');

  it('lists incidents overlapping the range, including one that began before it', async () => {
    const got = await listIncidents(db, 'c1', { from: t('18:00'), to: t('19:00') }, now);
    expect(got.incidents.map((i) => [i.id, i.title, i.end])).toEqual([[brokerDown.id.toString(), 'Broker 1 down', '2026-01-01T19:18:00.000Z']]);
    expect(got.truncated).toBe(false);
    expect(got.incidents[0]).not.toHaveProperty('eventIds');
  });

  it('a range that ends mid-incident still shows its real end (events after `to` are read)', async () => {
    const got = await listIncidents(db, 'c1', { from: t('17:00'), to: t('17:10') }, now);
    expect(got.incidents[0]?.end).toBe('2026-01-01T19:18:00.000Z');
  });

  it('a range after the incident lists nothing', async () => {
    expect((await listIncidents(db, 'c1', { from: t('19:30'), to: t('20:00') }, now)).incidents).toEqual([]);
  });

  it('the detail has every event of the incident in order, shaped like the event feed', async () => {
    const got = await incidentDetail(db, 'c1', brokerDown.id, now);
    expect(got.incident.title).toBe('Broker 1 down');
    expect(got.events).toHaveLength(got.incident.eventCount);
    expect(got.events.map((e) => e.id)).toEqual(got.incident.eventIds);
    expect(got.events[0]).toEqual({ id: brokerDown.id.toString(), at: '2026-01-01T17:05:00.000Z', type: 'BROKER_DOWN', brokerId: 1, topic: null, partition: null, details: brokerDown.details });
  });

  it('404s an unknown id, an id of another cluster, and an event that is not an incident start', async () => {
    const inside = rows.find((r) => r.type === 'PARTITION_OFFLINE')!;
    for (const id of [123_456n, 99_999n, inside.id]) {
      await expect(incidentDetail(db, 'c1', id, now)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it('reads at most MAX_INCIDENT_EVENTS events, dropping the oldest, and says so', async () => {
    const noise: Row[] = Array.from({ length: MAX_INCIDENT_EVENTS }, (_, i) => ({
      ...rows[0]!,
      id: 1_000_000n + BigInt(i),
      at: new Date(t('10:00').getTime() + i * 1000),
      type: 'GROUP_STATE_CHANGED',
    }));
    const got = await listIncidents(fakeDb([...noise, ...rows]), 'c1', { from: t('12:00'), to: t('20:00') }, now);
    expect(got.truncated).toBe(true);
    expect(got.coveredFrom).toBe(new Date(t('10:00').getTime() + rows.length * 1000).toISOString());
    expect(got.incidents.map((i) => i.title)).toEqual(['Broker 1 down']);
  });
});
