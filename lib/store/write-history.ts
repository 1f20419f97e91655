// History rows of one poll: end offsets (throughput, time lag) and lag per group (charts, the
// status window). Written for every stored poll, also those written late after a database outage.
import type { GroupLag } from '@/lib/analysis/group-lag';
import { leaderlessOf, type ThroughputRow } from '@/lib/analysis/throughput-rollup';
import type { LagEstimate } from '@/lib/model/lag';
import type { PollRecord, Tx } from './record-poll';

const str = (v: bigint | null) => (v === null ? null : v.toString());

export async function writeHistory(tx: Tx, rec: PollRecord): Promise<void> {
  const { clusterId, poll } = rec;
  const at = poll.startedAt;
  const samples = rec.offsetSamples
    ? rec.offsetSamples.map((o) => ({ topic: o.topic, partition: o.partition, at: o.at.toISOString(), end: str(o.endOffset) }))
    : (poll.offsets ?? []).filter((o) => o.endOffset !== null).map((o) => ({ topic: o.topic, partition: o.partition, at: at.toISOString(), end: str(o.endOffset) }));
  if (samples.length > 0) {
    await tx.$executeRaw`
      INSERT INTO offset_sample (cluster_id, topic, partition, at, end_offset)
      SELECT ${clusterId}, x.topic, x.partition, x.at, x."end"
      FROM jsonb_to_recordset(${JSON.stringify(samples)}::jsonb) AS x(topic text, partition int, at timestamp, "end" bigint)`;
  }
  if (poll.metadata && poll.offsets) {
    // A partition without a leader accepts no writes, so its end offset is, as a fact, the last one
    // read: sampling it keeps the throughput chart at 0 during the outage instead of a silent gap.
    const leaderless = leaderlessOf(poll.metadata);
    if (leaderless.length > 0) {
      await tx.$executeRaw`
        INSERT INTO offset_sample (cluster_id, topic, partition, at, end_offset)
        SELECT ps.cluster_id, ps.topic, ps.partition, ${at}, ps.end_offset
        FROM partition_state ps JOIN jsonb_to_recordset(${JSON.stringify(leaderless)}::jsonb) AS x(topic text, partition int)
          ON ps.topic = x.topic AND ps.partition = x.partition
        WHERE ps.cluster_id = ${clusterId} AND ps.end_offset IS NOT NULL`;
    }
  }
  if (rec.throughput && rec.throughput.length > 0) await writeThroughput(tx, clusterId, rec.throughput);
  if (rec.lags && rec.lags.length > 0) await writeLagHistory(tx, clusterId, rec.lags, at);
}

/** Adds a poll's counted messages and seconds to their buckets (each count is handed over once). */
async function writeThroughput(tx: Tx, clusterId: string, rows: ThroughputRow[]): Promise<void> {
  const json = JSON.stringify(rows.map((r) => ({ t: r.topic, b: r.bucket.toISOString(), m: r.messages.toString(), s: r.seconds })));
  await tx.$executeRaw`
    INSERT INTO throughput_rollup (cluster_id, topic, bucket, messages, seconds)
    SELECT ${clusterId}, x.t, x.b, x.m, x.s FROM jsonb_to_recordset(${json}::jsonb) AS x(t text, b timestamp, m bigint, s float8)
    ON CONFLICT (cluster_id, topic, bucket) DO UPDATE SET
      messages = throughput_rollup.messages + EXCLUDED.messages, seconds = throughput_rollup.seconds + EXCLUDED.seconds`;
}

/** A lag row marked `al` when its seconds are only a lower bound; unmarked otherwise (the column stays null: nothing sent, nothing stored). */
function withBound<R extends object>(row: R, estimate: LagEstimate | null): R | (R & { al: true }) {
  return estimate === 'lower-bound' ? { ...row, al: true } : row;
}

async function writeLagHistory(tx: Tx, clusterId: string, lags: GroupLag[], at: Date): Promise<void> {
  const topicRows = lags.flatMap((g) => g.topics.map((t) => withBound({ g: g.groupId, t: t.topic, lag: str(t.lag), sec: t.maxLagSeconds }, t.maxLagSecondsEstimate)));
  const sampleRows = topicRows.filter((r) => r.lag !== null);
  if (sampleRows.length > 0) {
    await tx.$executeRaw`
      INSERT INTO lag_sample (cluster_id, group_id, topic, at, lag, lag_seconds, lag_seconds_at_least)
      SELECT ${clusterId}, x.g, x.t, ${at}, x.lag, x.sec, x.al
      FROM jsonb_to_recordset(${JSON.stringify(sampleRows)}::jsonb) AS x(g text, t text, lag bigint, sec float8, al boolean)`;
  }
  const partRows = lags.flatMap((g) =>
    g.partitions.map((p) => withBound({ g: g.groupId, t: p.topic, p: p.partition, c: str(p.committed), e: str(p.endOffset), lag: str(p.lag), sec: p.lagSeconds, cu: p.caughtUp }, p.lagSecondsEstimate)),
  );
  if (partRows.length > 0) {
    await tx.$executeRaw`
      INSERT INTO commit_sample (cluster_id, group_id, topic, partition, at, committed, end_offset, lag, lag_seconds, lag_seconds_at_least, caught_up)
      SELECT ${clusterId}, x.g, x.t, x.p, ${at}, x.c, x.e, x.lag, x.sec, x.al, x.cu
      FROM jsonb_to_recordset(${JSON.stringify(partRows)}::jsonb) AS x(g text, t text, p int, c bigint, e bigint, lag bigint, sec float8, al boolean, cu boolean)`;
  }
}
