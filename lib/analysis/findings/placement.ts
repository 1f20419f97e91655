// Where replicas and leaders sit: racks (a rack's power loss takes every replica in it), leaders
// piling up on one broker, partitions not led by their preferred replica.
import type { Finding } from '@/lib/model/findings';
import { preferredElection, reassign, verifyReassignment } from './commands';
import type { FindingInput } from './input';
import { finding, plural, some } from './make';
import { loadOf, reassignmentJson, spreadOverRacks } from './reassign';

export function rackFindings(input: FindingInput): Finding[] {
  const out: Finding[] = [];
  const withRack = input.brokers.filter((b) => b.rack !== null);
  const racks = [...new Set(withRack.map((b) => b.rack!))].sort();
  if (input.brokers.length > 1 && withRack.length === 0) {
    out.push(
      finding('no-racks', input.bootstrap, {
        severity: 'info',
        subject: { kind: 'cluster' },
        title: `No broker has a rack (${input.brokers.length} brokers)`,
        impact: 'Kafka cannot keep replicas of a partition apart: if brokers share a rack, power feed or zone, one outage there can take all replicas of some partitions.',
        fix: { summary: 'Set broker.rack in each broker’s server.properties (its rack or availability zone) and restart the brokers one at a time; new partitions are then spread over racks.' },
        facts: { brokers: input.brokers.length },
      }),
    );
  }
  const without = input.brokers.filter((b) => b.rack === null).map((b) => b.id);
  if (withRack.length > 0 && without.length > 0) {
    out.push(
      finding('racks-partial', input.bootstrap, {
        severity: 'warning',
        subject: { kind: 'cluster' },
        title: `Broker ${without.join(', ')} ${without.length === 1 ? 'has' : 'have'} no rack while others do`,
        impact: 'Rack-aware placement is off for partitions touching them: replicas may end up in one rack, and creating topics with rack awareness can fail.',
        fix: { summary: `Set broker.rack on broker ${without.join(', ')} (server.properties) and restart ${without.length === 1 ? 'it' : 'them one at a time'}.` },
        facts: { brokersWithoutRack: without, racks },
      }),
    );
  }
  if (racks.length < 2) return out;
  const rackOf = new Map(input.brokers.map((b) => [b.id, b.rack]));
  const load = loadOf(input.topics.flatMap((t) => t.partitions));
  for (const t of input.topics) {
    const single = t.partitions.filter((p) => p.replicas.length > 1 && new Set(p.replicas.map((r) => rackOf.get(r) ?? null)).size === 1);
    if (single.length === 0) continue;
    const plan = single.map((p) => ({ topic: t.name, partition: p.partition, replicas: spreadOverRacks(p.replicas, input.brokers, load) }));
    const file = `${t.name}-racks.json`;
    const rackNames = [...new Set(single.map((p) => rackOf.get(p.replicas[0]!) ?? '?'))];
    out.push(
      finding('single-rack', input.bootstrap, {
        severity: 'warning',
        subject: { kind: 'topic', topic: t.name },
        title: `${t.name}: ${plural(single.length, 'partition')} with every replica in rack ${rackNames.join(', ')}`,
        impact: `A power or network loss of that rack takes partition ${some(single.map((p) => p.partition))} of ${t.name} offline, whatever the replication factor.`,
        fix: { summary: 'Move one replica of each to another rack (the plan keeps each preferred leader).', files: [{ name: file, content: reassignmentJson(plan) }], commands: [reassign(file), verifyReassignment(file)] },
        facts: { partitions: single.map((p) => p.partition), racks: rackNames },
      }),
    );
  }
  return out;
}

export function leadershipFindings(input: FindingInput): Finding[] {
  const out: Finding[] = [];
  const up = input.brokers.filter((b) => b.up);
  const partitions = input.topics.flatMap((t) => t.partitions.filter((p) => p.leader >= 0));
  if (up.length < 2 || partitions.length === 0) return out;
  const fair = partitions.length / up.length;
  const led = new Map<number, number>();
  for (const p of partitions) led.set(p.leader, (led.get(p.leader) ?? 0) + 1);
  const preferredFree = partitions.filter((p) => p.replicas[0] !== undefined && p.leader !== p.replicas[0] && p.isr.includes(p.replicas[0]));
  for (const b of up) {
    const n = led.get(b.id) ?? 0;
    // "Far more": half again its fair share, and at least a couple of partitions over it.
    if (n > fair * 1.5 && n - fair >= 2) {
      out.push(
        finding('leader-skew', input.bootstrap, {
          severity: 'warning',
          subject: { kind: 'broker', brokerId: b.id },
          title: `Broker ${b.id} leads ${n} of ${partitions.length} partitions (fair share ${Math.round(fair)})`,
          impact: `Broker ${b.id} carries most of the produce and fetch traffic, and its failure moves that many leaders at once.`,
          fix:
            preferredFree.length > 0
              ? { summary: 'Move leadership back to the preferred replicas.', commands: [preferredElection()] }
              : { summary: 'The preferred replicas themselves are unbalanced: reassign partitions so that first replicas are spread over brokers.' },
          facts: { leaders: n, partitions: partitions.length, fairShare: Math.round(fair * 10) / 10 },
        }),
      );
    }
  }
  if (preferredFree.length > 0) {
    out.push(
      finding('preferred-leader', input.bootstrap, {
        severity: 'info',
        subject: { kind: 'cluster' },
        title: `${plural(preferredFree.length, 'partition')} not led by their preferred replica`,
        impact: 'Leadership drifts after broker restarts and stays uneven until a preferred-leader election (automatic only every leader.imbalance.check.interval.seconds, if enabled).',
        fix: { summary: 'Run a preferred-leader election.', commands: [preferredElection()] },
        facts: { partitions: preferredFree.length },
      }),
    );
  }
  return out;
}
