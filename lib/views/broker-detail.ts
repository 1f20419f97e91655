import { notFound } from '@/lib/model/errors';
import { availability, type Interval } from '@/lib/model/intervals';
import type { Db } from '@/lib/store/client';
import { listBrokers, type BrokerRow } from './brokers';
import { brokerDownIntervals, type Range } from './intervals';

export interface BrokerDetail extends BrokerRow {
  range: { from: string; to: string };
  /** Start of the watched part of the range (the broker's first sighting if later); null = not seen in it. */
  watchedFrom: string | null;
  downIntervals: Interval[];
  /** Share of the watched part of the range the broker was up; null when none of it was watched. */
  availability: number | null;
  leaderOf: { topic: string; partition: number }[];
  followerOf: { topic: string; partition: number; inSync: boolean }[];
}

export async function brokerDetail(db: Db, clusterId: string, brokerId: number, range: Range): Promise<BrokerDetail> {
  const broker = (await listBrokers(db, clusterId)).find((b) => b.id === brokerId);
  if (!broker) throw notFound(`broker ${brokerId}`);
  const [down, parts] = await Promise.all([
    brokerDownIntervals(db, clusterId, brokerId, new Date(broker.firstSeenAt), range),
    db.partitionState.findMany({
      where: { clusterId, replicas: { has: brokerId } },
      select: { topic: true, partition: true, leader: true, isr: true },
      orderBy: [{ topic: 'asc' }, { partition: 'asc' }],
    }),
  ]);
  return {
    ...broker,
    range: { from: down.from, to: down.to },
    watchedFrom: down.watchedFrom,
    downIntervals: down.intervals,
    availability: availability(down),
    leaderOf: parts.filter((p) => p.leader === brokerId).map((p) => ({ topic: p.topic, partition: p.partition })),
    followerOf: parts
      .filter((p) => p.leader !== brokerId)
      .map((p) => ({ topic: p.topic, partition: p.partition, inSync: p.isr.includes(brokerId) })),
  };
}
