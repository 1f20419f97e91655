import type { GroupLag } from '@/lib/analysis/group-lag';
import type { OffsetSampleRow } from '@/lib/analysis/offset-samples';
import type { ThroughputRow } from '@/lib/analysis/throughput-rollup';
import type { ClusterState } from '@/lib/analysis/types';
import type { PollResult } from '@/lib/model/poll';
import type { ClusterEvent } from '@/lib/model/events';
import type { Finding } from '@/lib/model/findings';
import type { Evaluation } from '@/lib/analysis/alerts/state';
import { writeAlerts } from './alerts';
import type { Db } from './client';
import { writeHistory } from './write-history';
import { writeCurrentState } from './write-state';
import type { WrittenRows } from './written-rows';

export interface PollRecord {
  clusterId: string;
  clusterName: string;
  poll: PollResult;
  state: ClusterState;
  events: ClusterEvent[];
  /**
   * The end offsets to keep as history (lib/analysis/offset-samples.ts: moved, heartbeat, or the
   * edge before a move); absent = every end offset the poll read.
   */
  offsetSamples?: OffsetSampleRow[];
  /** Messages and seconds counted per topic and 5-minute bucket since the last rows handed over, to add to the stored ones. */
  throughput?: ThroughputRow[];
  /** Lag of the groups this poll could evaluate (others keep their last stored lag). */
  lags?: GroupLag[];
  /**
   * Kept lean while waiting for the database (samples dropped; see StoreBuffer): its poll record
   * and events are all that is left to write.
   */
  lean?: boolean;
  /** Whether this poll's view becomes the current state (false for polls written late, with newer ones behind). */
  currentState?: boolean;
  /** Events of earlier polls that could not be kept whole, stored with their own times. */
  carried?: { at: Date; event: ClusterEvent }[];
  /** The cluster's findings after this poll (replacing the stored ones); absent = not evaluated. */
  findings?: Finding[];
  /** Topics whose end offset moved in this poll, and when (epoch ms). */
  lastWrites?: { topic: string; at: number }[];
  /** The partition rows its collector last committed: unchanged ones are not sent again (see WrittenRows). */
  written?: WrittenRows;
  /** This poll's alert evaluation and the receivers its fires and resolves are owed to. */
  alerts?: { evaluation: Evaluation; receivers: string[] };
}

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * Stores one poll atomically: the poll row, the events, the history samples and (for the newest
 * poll, when the cluster answered) the new current state. Either all of it lands or none, so a
 * poll that waited for the database is written whole, with its own time, when it returns.
 */
export async function recordPoll(db: Db, rec: PollRecord): Promise<void> {
  const at = rec.poll.startedAt;
  let committed: (() => void) | undefined;
  await db.$transaction(
    async (tx) => {
      await upsertCluster(tx, rec);
      await tx.pollRun.create({
        data: {
          clusterId: rec.clusterId,
          startedAt: at,
          durationMs: Math.round(rec.poll.durationMs),
          status: rec.poll.status,
          error: rec.poll.error,
          phases: rec.poll.phases.map((p) => ({ ...p })),
        },
      });
      const events = [...(rec.carried ?? []), ...rec.events.map((event) => ({ at, event }))];
      if (events.length > 0) await writeEvents(tx, rec.clusterId, events);
      if (rec.alerts) await writeAlerts(tx, rec.clusterId, rec.alerts.evaluation, rec.alerts.receivers, at);
      if (rec.lean || !rec.state.reachable || !rec.poll.metadata) return;
      if (rec.currentState !== false) committed = await writeCurrentState(tx, rec);
      await writeHistory(tx, rec);
    },
    { timeout: 20000, maxWait: 10000 },
  );
  committed?.();
}

/**
 * One statement for all of a poll's events, in their order (ids ascending as given). Not Prisma's
 * createMany: past ~4,600 events (a broker lost at 10,000 partitions) it splits the rows into
 * chunks and sends them at once on the transaction's one connection, which pg 8 warns about
 * ("client.query() when the client is already executing a query") and pg 9 refuses.
 */
async function writeEvents(tx: Tx, clusterId: string, events: { at: Date; event: ClusterEvent }[]): Promise<void> {
  const rows = events.map(({ at, event: e }) => ({ at: at.toISOString(), type: e.type, broker: e.brokerId ?? null, topic: e.topic ?? null, partition: e.partition ?? null, details: e.details }));
  await tx.$executeRaw`
    INSERT INTO event (cluster_id, at, type, broker_id, topic, partition, details)
    SELECT ${clusterId}, (x.v->>'at')::timestamp, x.v->>'type', (x.v->>'broker')::int, x.v->>'topic', (x.v->>'partition')::int, x.v->'details'
    FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) WITH ORDINALITY AS x(v, n)
    ORDER BY x.n`;
}

async function upsertCluster(tx: Tx, rec: PollRecord): Promise<void> {
  const at = rec.poll.startedAt;
  const prev = await tx.cluster.findUnique({ where: { id: rec.clusterId } });
  const reachable = rec.state.reachable;
  const unreachableSince = reachable ? null : (prev?.unreachableSince ?? (prev?.reachable === false ? prev.lastPollAt : null) ?? at);
  const data = {
    name: rec.clusterName,
    kafkaClusterId: rec.poll.metadata?.clusterId ?? prev?.kafkaClusterId ?? null,
    controllerId: rec.state.controllerId,
    reachable,
    unreachableSince,
    lastPollAt: at,
    firstReachedAt: prev?.firstReachedAt ?? (rec.poll.metadata ? at : null),
    groupsReadAt: rec.poll.groups && !rec.lean ? at : (prev?.groupsReadAt ?? null),
    configsReadAt: rec.poll.configs && !rec.lean ? at : (prev?.configsReadAt ?? null),
  };
  await tx.cluster.upsert({ where: { id: rec.clusterId }, create: { id: rec.clusterId, ...data }, update: data });
}

