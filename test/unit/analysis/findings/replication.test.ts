import { describe, expect, it } from 'vitest';
import { evaluateFindings } from '@/lib/analysis/findings';
import { config, input, partitions, topic } from './fixture';

const rules = (xs: { rule: string }[]) => xs.map((f) => f.rule);

describe('a healthy, well-configured cluster', () => {
  it('has no findings', () => {
    expect(evaluateFindings(input())).toEqual([]);
  });
});

describe('replication factor 1 (the sign-up topic incident)', () => {
  const account = topic('account_event', { partitions: [{ partition: 0, leader: 1, replicas: [1], isr: [1], elr: null, startOffset: 0n, endOffset: 50n }], config: config({ minInsyncReplicas: 1 }) });
  const [f] = evaluateFindings(input({ topics: [account] }));

  it('is critical, names the broker, and says what happens', () => {
    expect(f).toMatchObject({ id: 'topic-rf1|topic:account_event', rule: 'topic-rf1', severity: 'critical', title: 'account_event has a single replica (on broker 1)' });
    expect(f!.impact).toContain('If broker 1 fails');
  });

  it('fixes with a reassignment to 3 replicas on other racks, then min.insync.replicas 2', () => {
    expect(JSON.parse(f!.fix.files![0]!.content)).toEqual({ version: 1, partitions: [{ topic: 'account_event', partition: 0, replicas: [1, 2, 3] }] });
    expect(f!.fix.commands.map((c) => c.line)).toEqual([
      'kafka-reassign-partitions.sh --bootstrap-server k1:9092 --reassignment-json-file account_event-rf3.json --execute',
      'kafka-reassign-partitions.sh --bootstrap-server k1:9092 --reassignment-json-file account_event-rf3.json --verify',
      'kafka-configs.sh --bootstrap-server k1:9092 --alter --entity-type topics --entity-name account_event --add-config min.insync.replicas=2',
    ]);
  });

  it('is not raised for internal topics, nor judged without replicas', () => {
    expect(rules(evaluateFindings(input({ topics: [{ ...account, internal: true }] })))).not.toContain('topic-rf1');
  });

  it('on a one-broker cluster says to add brokers, with no command', () => {
    const one = evaluateFindings(input({ brokers: [{ id: 1, host: 'k1', port: 9092, rack: null, up: true }], topics: [account] })).find((x) => x.rule === 'topic-rf1');
    expect(one?.fix.commands).toEqual([]);
    expect(one?.fix.summary).toMatch(/add brokers/);
  });
});

describe('min.insync.replicas against the replication factor', () => {
  const judge = (rf: number, minIsr: number) => rules(evaluateFindings(input({ topics: [topic('t', { partitions: partitions(3, rf), config: config({ minInsyncReplicas: minIsr }) })] })));

  it('above RF: acks=all always fails (critical)', () => {
    // It is also under min ISR right now, every partition of it.
    expect(judge(2, 3)).toEqual(['min-isr-above-rf', 'partitions-under-min-isr']);
  });
  it('equal to RF (RF 2, min ISR 2): any broker loss stops acks=all (warning)', () => {
    expect(judge(2, 2)).toEqual(['min-isr-equals-rf']);
    expect(judge(3, 3)).toEqual(['min-isr-equals-rf']);
  });
  it('1 with RF 3 or more: no margin (warning); 1 with RF 2 is not flagged by this rule', () => {
    expect(judge(3, 1)).toEqual(['min-isr-one']);
    expect(judge(2, 1)).toEqual([]);
  });
  it('is not judged before the configs were read', () => {
    expect(rules(evaluateFindings(input({ topics: [topic('t', { partitions: partitions(3, 2), config: null })] })))).toEqual([]);
  });
  it('the fix is the exact kafka-configs command', () => {
    const [f] = evaluateFindings(input({ topics: [topic('pay.v2', { partitions: partitions(3, 2), config: config({ minInsyncReplicas: 2 }) })] }));
    expect(f?.fix.commands[0]?.args).toEqual(['--alter', '--entity-type', 'topics', '--entity-name', 'pay.v2', '--add-config', 'min.insync.replicas=1']);
  });
});

describe('unclean leader election', () => {
  it('on a topic override: remove the override', () => {
    const [f] = evaluateFindings(input({ topics: [topic('t', { config: config({ uncleanLeaderElection: true, overridden: ['unclean.leader.election.enable'] }) })] }));
    expect(f).toMatchObject({ rule: 'unclean-election', severity: 'warning' });
    expect(f?.fix.commands[0]?.args).toContain('--delete-config');
  });
});

describe('internal topics', () => {
  it('__consumer_offsets with 1 replica is critical, with 2 a warning; fine with 3 and min ISR 2', () => {
    const offsets = (rf: number, minIsr: number) =>
      evaluateFindings(input({ topics: [topic('__consumer_offsets', { internal: true, partitions: partitions(5, rf), config: config({ minInsyncReplicas: minIsr }) })] }));
    expect(offsets(1, 1).map((f) => [f.rule, f.severity])).toEqual([['internal-topic-weak', 'critical']]);
    expect(offsets(2, 2).map((f) => [f.rule, f.severity])).toContainEqual(['internal-topic-weak', 'warning']);
    expect(offsets(3, 1).map((f) => f.rule)).toEqual(['internal-topic-weak']);
    expect(offsets(3, 2)).toEqual([]);
  });
});
