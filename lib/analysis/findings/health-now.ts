// What is impaired right now, per topic: critical while it lasts. Offline partitions say whether
// they can come back cleanly (an eligible replica, KIP-966) or only with the lost broker or an
// unclean election that drops acknowledged writes.
import type { Finding } from '@/lib/model/findings';
import type { FindingInput, FindingPartition, FindingTopic } from './input';
import { finding, plural, some } from './make';

const down = (input: FindingInput) => new Set(input.brokers.filter((b) => !b.up).map((b) => b.id));

function offline(input: FindingInput, t: FindingTopic, ps: FindingPartition[]): Finding {
  const dead = down(input);
  const lostBrokers = [...new Set(ps.flatMap((p) => p.replicas.filter((r) => dead.has(r) || p.leader < 0)))].sort((a, b) => a - b);
  const clean = ps.filter((p) => (p.elr ?? []).length > 0);
  const elrKnown = ps.some((p) => p.elr !== null);
  const recovery = !elrKnown
    ? ''
    : clean.length === ps.length
      ? ' Each has an eligible replica (ELR): it comes back cleanly as soon as one of those brokers is up.'
      : ` ${clean.length} of them ${clean.length === 1 ? 'has' : 'have'} an eligible replica and can come back cleanly; the other ${ps.length - clean.length} only through the lost broker's return or an unclean election, which drops acknowledged writes.`;
  return finding('partitions-offline', input.bootstrap, {
    severity: 'critical',
    subject: { kind: 'topic', topic: t.name },
    title: `${t.name}: ${plural(ps.length, 'partition')} offline (${some(ps.map((p) => p.partition))})`,
    impact: `No leader: every read and write of ${ps.length === 1 ? 'it' : 'them'} fails now.${recovery}`,
    fix: {
      summary: `Bring back broker ${lostBrokers.join(', ')}. As a last resort, an unclean election (kafka-leader-election --election-type UNCLEAN) on a surviving replica restores service and loses what it lacks.`,
    },
    facts: { partitions: ps.map((p) => p.partition), brokers: lostBrokers, withEligibleReplica: clean.map((p) => p.partition) },
  });
}

export function healthNowFindings(input: FindingInput): Finding[] {
  const out: Finding[] = [];
  const dead = down(input);
  for (const t of input.topics) {
    const off = t.partitions.filter((p) => p.leader < 0 || dead.has(p.leader));
    if (off.length > 0) out.push(offline(input, t, off));
    const minIsr = t.config?.minInsyncReplicas ?? null;
    const under = minIsr === null ? [] : t.partitions.filter((p) => p.leader >= 0 && !dead.has(p.leader) && p.isr.length < minIsr);
    if (under.length > 0) {
      out.push(
        finding('partitions-under-min-isr', input.bootstrap, {
          severity: 'critical',
          subject: { kind: 'topic', topic: t.name },
          title: `${t.name}: ${plural(under.length, 'partition')} under min ISR (${some(under.map((p) => p.partition))})`,
          impact: `Fewer than ${minIsr} replicas in sync: producers with acks=all get errors now (NOT_ENOUGH_REPLICAS); acks=1 writes still land on the leader alone.`,
          fix: { summary: `Bring the out-of-sync replicas back: broker ${[...new Set(under.flatMap((p) => p.replicas.filter((r) => !p.isr.includes(r))))].sort((a, b) => a - b).join(', ')}.` },
          facts: { partitions: under.map((p) => p.partition), minInsyncReplicas: minIsr },
        }),
      );
    }
    const urp = t.partitions.filter((p) => p.isr.length < p.replicas.length && !off.includes(p) && !under.includes(p));
    if (urp.length > 0) {
      const behind = [...new Set(urp.flatMap((p) => p.replicas.filter((r) => !p.isr.includes(r))))].sort((a, b) => a - b);
      out.push(
        finding('partitions-under-replicated', input.bootstrap, {
          severity: 'warning',
          subject: { kind: 'topic', topic: t.name },
          title: `${t.name}: ${plural(urp.length, 'partition')} under-replicated (${some(urp.map((p) => p.partition))})`,
          impact: 'One more failure among their in-sync replicas takes them under min ISR or offline.',
          fix: { summary: `Bring broker ${behind.join(', ')} back in sync (it is down, or too slow to keep up).` },
          facts: { partitions: urp.map((p) => p.partition), outOfSync: behind },
        }),
      );
    }
  }
  return out;
}
