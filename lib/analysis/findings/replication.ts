// Topic rules about replication: a single replica, min.insync.replicas against the replication
// factor, unclean leader election, internal topics. The incident this product exists for was a
// sign-up topic with one replica on a broker that died.
import type { Finding } from '@/lib/model/findings';
import { reassign, setTopicConfig, deleteTopicConfig, verifyReassignment } from './commands';
import type { FindingInput, FindingTopic } from './input';
import { finding } from './make';
import { growReplicas, loadOf, reassignmentJson } from './reassign';

const rfOf = (t: FindingTopic) => Math.max(0, ...t.partitions.map((p) => p.replicas.length));
const INTERNAL_PROTECTED = ['__consumer_offsets', '__transaction_state'];

/** A plan raising the topic to `rf` replicas, and the commands that apply it. */
function raiseRf(input: FindingInput, t: FindingTopic, rf: number) {
  const load = loadOf(input.topics.flatMap((x) => x.partitions));
  const plan = t.partitions.map((p) => ({ topic: t.name, partition: p.partition, replicas: growReplicas(p.replicas, rf, input.brokers, load) }));
  const file = `${t.name}-rf${rf}.json`;
  return { files: [{ name: file, content: reassignmentJson(plan) }], commands: [reassign(file), verifyReassignment(file)] };
}

export function replicationFindings(input: FindingInput): Finding[] {
  const out: Finding[] = [];
  const live = input.brokers.filter((b) => b.up).length;
  const target = Math.min(3, Math.max(1, input.brokers.length));
  for (const t of input.topics) {
    const rf = rfOf(t);
    if (rf === 0) continue;
    const subject = { kind: 'topic', topic: t.name } as const;
    const minIsr = t.config?.minInsyncReplicas ?? null;
    if (!t.internal && rf === 1) {
      const brokers = [...new Set(t.partitions.flatMap((p) => p.replicas))].sort((a, b) => a - b);
      const canFix = input.brokers.length > 1;
      const plan = canFix ? raiseRf(input, t, target) : null;
      out.push(
        finding('topic-rf1', input.bootstrap, {
          severity: 'critical',
          subject,
          title: `${t.name} has a single replica (on broker ${brokers.join(', ')})`,
          impact: `If broker ${brokers.join(' or ')} fails, every read and write of ${t.name} fails until it is back; if its disk is lost, so is the data. Nothing warns producers before that: writes simply fail.`,
          fix: plan
            ? {
                summary: `Give it ${target} replicas (the reassignment below, checked with --verify), then require ${Math.max(1, target - 1)} in sync for acks=all producers.`,
                files: plan.files,
                commands: [...plan.commands, setTopicConfig(t.name, 'min.insync.replicas', String(Math.max(1, target - 1)))],
              }
            : { summary: 'The cluster has a single broker: add brokers, then raise the replication factor.' },
          facts: { replicationFactor: rf, partitions: t.partitions.length, brokers, targetReplicationFactor: target },
        }),
      );
    }
    if (minIsr !== null && rf > 1) {
      if (minIsr > rf) {
        out.push(
          finding('min-isr-above-rf', input.bootstrap, {
            severity: 'critical',
            subject,
            title: `${t.name}: min.insync.replicas ${minIsr} is above its ${rf} replicas`,
            impact: `Every acks=all write to ${t.name} fails, always: there can never be ${minIsr} replicas in sync.`,
            fix: { summary: `Lower min.insync.replicas to ${rf - 1} (or raise the replication factor above ${minIsr}).`, commands: [setTopicConfig(t.name, 'min.insync.replicas', String(rf - 1))] },
            facts: { replicationFactor: rf, minInsyncReplicas: minIsr },
          }),
        );
      } else if (minIsr === rf) {
        out.push(
          finding('min-isr-equals-rf', input.bootstrap, {
            severity: 'warning',
            subject,
            title: `${t.name}: min.insync.replicas equals its ${rf} replicas`,
            impact: `Any single broker failure (or a slow replica) stops every acks=all write to ${t.name} until it is back in sync.`,
            fix: { summary: `Lower min.insync.replicas to ${rf - 1}, or add a replica.`, commands: [setTopicConfig(t.name, 'min.insync.replicas', String(rf - 1))] },
            facts: { replicationFactor: rf, minInsyncReplicas: minIsr },
          }),
        );
      } else if (minIsr === 1 && rf >= 3 && !t.internal) {
        out.push(
          finding('min-isr-one', input.bootstrap, {
            severity: 'warning',
            subject,
            title: `${t.name}: acks=all needs only 1 replica in sync`,
            impact: `With min.insync.replicas 1, an acks=all write is acknowledged by the leader alone when the others lag; if that leader then fails, acknowledged writes are lost.`,
            fix: { summary: 'Require 2 replicas in sync.', commands: [setTopicConfig(t.name, 'min.insync.replicas', '2')] },
            facts: { replicationFactor: rf, minInsyncReplicas: minIsr },
          }),
        );
      }
    }
    if (t.config?.uncleanLeaderElection === true) {
      const own = t.config.overridden.includes('unclean.leader.election.enable');
      out.push(
        finding('unclean-election', input.bootstrap, {
          severity: 'warning',
          subject,
          title: `${t.name}: unclean leader election is enabled${own ? '' : ' (by the broker default)'}`,
          impact: `When no in-sync replica is left, an out-of-sync one may become leader: acknowledged writes it had not copied are lost, and consumers may see offsets go back.`,
          fix: own
            ? { summary: 'Remove the topic override.', commands: [deleteTopicConfig(t.name, 'unclean.leader.election.enable')] }
            : { summary: 'Disable it for this topic (and see the broker default finding).', commands: [setTopicConfig(t.name, 'unclean.leader.election.enable', 'false')] },
          facts: { override: own },
        }),
      );
    }
    if (t.internal && INTERNAL_PROTECTED.includes(t.name) && input.brokers.length >= 3 && (rf < 3 || (minIsr !== null && minIsr < 2))) {
      const plan = rf < 3 ? raiseRf(input, t, 3) : null;
      out.push(
        finding('internal-topic-weak', input.bootstrap, {
          severity: rf === 1 ? 'critical' : 'warning',
          subject,
          title: `${t.name} has ${rf} replica${rf === 1 ? '' : 's'}${minIsr !== null ? ` and min.insync.replicas ${minIsr}` : ''}`,
          impact:
            t.name === '__consumer_offsets'
              ? 'Consumer groups store their committed offsets here: losing a partition of it stops the groups it coordinates, and may reset their positions.'
              : 'Transactions are coordinated here: losing a partition of it blocks the producers it coordinates.',
          fix: {
            summary: `Give it 3 replicas and require 2 in sync${live < 3 ? ' (once 3 brokers are up)' : ''}.`,
            ...(plan ? { files: plan.files } : {}),
            commands: [...(plan?.commands ?? []), setTopicConfig(t.name, 'min.insync.replicas', '2')],
          },
          facts: { replicationFactor: rf, minInsyncReplicas: minIsr },
        }),
      );
    }
  }
  return out;
}
