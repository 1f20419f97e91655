import { notFound } from '@/lib/api/http';
import { intervalsOf, type Interval } from '@/lib/analysis/intervals';
import type { Db } from '@/lib/store/client';
import { listBrokers, type BrokerRow } from './brokers';

export interface BrokerDetail extends BrokerRow {
  range: { from: string; to: string };
  downIntervals: Interval[];
  leaderOf: { topic: string; partition: number }[];
  followerOf: { topic: string; partition: number; inSync: boolean }[];
}

export async function brokerDetail(db: Db, clusterId: string, brokerId: number, range: { from: Date; to: Date }): Promise<BrokerDetail> {
  const broker = (await listBrokers(db, clusterId)).find((b) => b.id === brokerId);
  if (!broker) throw notFound(`broker ${brokerId}`);
  const types = ['BROKER_DOWN', 'BROKER_UP'];
  const [before, within, parts] = await Promise.all([
    db.event.findFirst({ where: { clusterId, brokerId, type: { in: types }, at: { lt: range.from } }, orderBy: { id: 'desc' } }),
    db.event.findMany({ where: { clusterId, brokerId, type: { in: types }, at: { gte: range.from, lte: range.to } }, orderBy: { id: 'asc' } }),
    db.partitionState.findMany({
      where: { clusterId, replicas: { has: brokerId } },
      select: { topic: true, partition: true, leader: true, isr: true },
      orderBy: [{ topic: 'asc' }, { partition: 'asc' }],
    }),
  ]);
  const downAtStart = before ? before.type === 'BROKER_DOWN' : !broker.up && broker.since <= range.from.toISOString();
  return {
    ...broker,
    range: { from: range.from.toISOString(), to: range.to.toISOString() },
    downIntervals: intervalsOf(within.map((e) => ({ at: e.at, on: e.type === 'BROKER_DOWN' })), range.from, range.to, downAtStart),
    leaderOf: parts.filter((p) => p.leader === brokerId).map((p) => ({ topic: p.topic, partition: p.partition })),
    followerOf: parts
      .filter((p) => p.leader !== brokerId)
      .map((p) => ({ topic: p.topic, partition: p.partition, inSync: p.isr.includes(brokerId) })),
  };
}
