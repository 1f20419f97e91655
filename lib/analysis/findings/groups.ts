// Consumer rules: a group that skipped messages retention deleted before it read them (or is
// about to), more members than partitions, a lag status of ERR, STALL or STOP.
import { formatCount, formatDuration } from '@/lib/model/duration';
import type { Finding } from '@/lib/model/findings';
import type { FindingInput, FindingTopic } from './input';
import { finding, plural, some } from './make';

type PartitionRef = { topic: string; partition: number };
const key = (p: PartitionRef) => `${p.topic}\u0000${p.partition}`;

export function groupFindings(input: FindingInput): Finding[] {
  if (!input.groups) return [];
  const out: Finding[] = [];
  const topics = new Map(input.topics.map((t) => [t.name, t]));
  const partitions = new Map(input.topics.flatMap((t) => t.partitions.map((p) => [key({ topic: t.name, partition: p.partition }), p] as const)));
  for (const g of input.groups) {
    const subject = { kind: 'group', groupId: g.groupId } as const;
    const skipped = g.partitions.flatMap((gp) => {
      const p = partitions.get(key(gp));
      return gp.committed !== null && p?.startOffset != null && gp.committed < p.startOffset ? [{ ...gp, logStart: p.startOffset, lost: p.startOffset - gp.committed }] : [];
    });
    if (skipped.length > 0) {
      const total = skipped.reduce((n, s) => n + s.lost, 0n);
      out.push(
        finding('retention-skipped', input.bootstrap, {
          severity: 'critical',
          subject,
          title: `${g.groupId} will skip ${formatCount(total)} messages that retention deleted before it read them`,
          impact: `Its committed offset is below the log start of ${plural(skipped.length, 'partition')} (${some(skipped.map((s) => `${s.topic}-${s.partition}`))}): those messages are gone; the consumer resumes at the log start (auto.offset.reset) or fails.`,
          fix: { summary: 'The messages cannot be recovered from Kafka. Find why the group fell this far behind (it is stopped or too slow), and raise retention.ms / retention.bytes of its topics if it needs more slack.' },
          facts: { skippedMessages: total.toString(), partitions: skipped.map((s) => `${s.topic}-${s.partition}`) },
        }),
      );
    }
    const atRisk = g.partitions.flatMap((gp) => {
      const t = topics.get(gp.topic);
      const retention = t?.config?.retentionMs ?? null;
      if (!t || retention === null || retention < 0 || gp.lagSeconds === null || gp.lagSeconds <= 0 || !deletes(t)) return [];
      if (skipped.some((s) => s.topic === gp.topic && s.partition === gp.partition)) return [];
      const share = (gp.lagSeconds * 1000) / retention;
      return share >= input.settings.retentionWarnShare ? [{ ...gp, retention, leftMs: Math.max(0, retention - gp.lagSeconds * 1000) }] : [];
    });
    if (atRisk.length > 0) {
      const soonest = atRisk.reduce((a, b) => (b.leftMs < a.leftMs ? b : a));
      out.push(
        finding('retention-risk', input.bootstrap, {
          severity: 'warning',
          subject,
          title: `${g.groupId} is ${Math.round((1 - soonest.leftMs / soonest.retention) * 100)}% of the way to losing unread messages of ${soonest.topic}`,
          impact: `Its oldest unread message of ${soonest.topic}-${soonest.partition} is ${formatDuration(soonest.retention - soonest.leftMs)} old against a retention of ${formatDuration(soonest.retention)}: in about ${formatDuration(soonest.leftMs)} (an estimate: whole segments are deleted) messages it has not read start to be deleted.`,
          fix: { summary: `Speed the consumer up or restart it; to buy time, raise retention.ms of ${soonest.topic}.` },
          facts: { partitions: atRisk.map((p) => `${p.topic}-${p.partition}`), secondsLeft: Math.round(soonest.leftMs / 1000) },
        }),
      );
    }
    if (g.members > 0 && g.assigned < g.members && g.state === 'Stable') {
      out.push(
        finding('idle-members', input.bootstrap, {
          severity: 'info',
          subject,
          title: `${g.groupId} has ${g.members} members for ${plural(g.assigned, 'partition')}`,
          impact: `${g.members - g.assigned} member${g.members - g.assigned === 1 ? '' : 's'} get no partition and sit idle: adding consumers beyond the partition count does not add throughput.`,
          fix: { summary: 'Run fewer consumers in this group, or give its topics more partitions (kafka-topics --alter --partitions; keys then map to other partitions).' },
          facts: { members: g.members, assignedPartitions: g.assigned },
        }),
      );
    }
    if (g.status === 'ERR' || g.status === 'STALL' || g.status === 'STOP') {
      const what = { ERR: 'is too far behind', STALL: 'is stuck with members connected', STOP: 'has stopped with unread messages' }[g.status];
      out.push(
        finding('group-lag', input.bootstrap, {
          severity: g.status === 'STOP' ? 'warning' : 'critical',
          subject,
          title: `${g.groupId} ${what} (${g.status})`,
          impact: g.reason ?? '',
          fix: {
            summary:
              g.status === 'STOP'
                ? 'Start its consumers again, or delete the group if it is abandoned (kafka-consumer-groups --delete --group).'
                : 'Look at the consumers: errors, a poison message, a slow downstream; add consumers up to the partition count.',
          },
          facts: { status: g.status },
        }),
      );
    }
  }
  return out;
}

const deletes = (t: FindingTopic) => (t.config?.cleanupPolicy ?? 'delete').split(',').includes('delete');
