// Broker-level defaults that recreate the incident this product exists for: a topic auto-created
// by a producer's first write, with one replica and one partition.
import type { Finding } from '@/lib/model/findings';
import { setBrokerDefault } from './commands';
import type { BrokerConfigValue, FindingInput } from './input';
import { finding } from './make';

const restartNote = (key: string, value: string, ids: number[]) =>
  `set ${key}=${value} in server.properties of broker ${ids.join(', ')} and restart them one at a time (it cannot be changed while running)`;

function change(input: FindingInput, key: string, value: string, c: BrokerConfigValue) {
  const ids = input.brokers.map((b) => b.id);
  return c.readOnly ? { summary: `${restartNote(key, value, ids)}.` } : { summary: `Change the cluster-wide default: ${key}=${value}.`, commands: [setBrokerDefault(key, value)] };
}

export function brokerDefaultFindings(input: FindingInput): Finding[] {
  const cfg = input.brokerConfig;
  if (!cfg) return [];
  const out: Finding[] = [];
  const get = (k: string) => cfg[k];
  const autoCreate = get('auto.create.topics.enable');
  const rf = get('default.replication.factor');
  const parts = get('num.partitions');
  const subject = { kind: 'cluster' } as const;
  if (autoCreate?.value === 'true' && rf?.value === '1') {
    out.push(
      finding('auto-create-rf1', input.bootstrap, {
        severity: input.brokers.length > 1 ? 'critical' : 'info',
        subject,
        title: 'A topic auto-created by a producer gets a single replica',
        impact: 'auto.create.topics.enable=true with default.replication.factor=1: the first write to a misspelt or new topic creates it on one broker, and that broker’s failure stops every write to it — the sign-up topic incident.',
        fix: (() => {
          const target = String(Math.min(3, input.brokers.length));
          const raise = change(input, 'default.replication.factor', target, rf);
          return { ...raise, summary: `Create topics on purpose (kafka-topics) and disable auto-creation, or at least: ${raise.summary.charAt(0).toLowerCase()}${raise.summary.slice(1)}` };
        })(),
        facts: { autoCreate: true, defaultReplicationFactor: 1 },
      }),
    );
  }
  if (autoCreate?.value === 'true' && parts?.value === '1') {
    out.push(
      finding('auto-create-one-partition', input.bootstrap, {
        severity: 'info',
        subject,
        title: 'A topic auto-created by a producer gets a single partition',
        impact: 'num.partitions=1: such a topic can be read by one consumer at a time, and adding partitions later reshuffles which partition a key goes to.',
        fix: change(input, 'num.partitions', '3', parts),
        facts: { autoCreate: true, numPartitions: 1 },
      }),
    );
  }
  const minIsr = get('min.insync.replicas');
  if (minIsr?.value === '1' && input.brokers.length >= 3) {
    out.push(
      finding('broker-min-isr-one', input.bootstrap, {
        severity: 'warning',
        subject,
        title: 'Topics require only 1 in-sync replica by default',
        impact: 'min.insync.replicas=1 for every topic without its own setting: acks=all writes are acknowledged by the leader alone when followers lag, and lost if that leader fails.',
        fix: change(input, 'min.insync.replicas', '2', minIsr),
        facts: { minInsyncReplicas: 1, source: minIsr.source },
      }),
    );
  }
  const unclean = get('unclean.leader.election.enable');
  if (unclean?.value === 'true') {
    out.push(
      finding('broker-unclean-election', input.bootstrap, {
        severity: 'warning',
        subject,
        title: 'Unclean leader election is enabled by default',
        impact: 'For every topic without its own setting, a failover with no in-sync replica left may elect an out-of-sync one and drop acknowledged writes.',
        fix: change(input, 'unclean.leader.election.enable', 'false', unclean),
        facts: { source: unclean.source },
      }),
    );
  }
  return out;
}
