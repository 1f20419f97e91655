import { describe, expect, it } from 'vitest';
import { alertConditions, type ConditionInput } from '@/lib/analysis/alerts/conditions';
import { ALERT_RULE_IDS } from '@/lib/model/alerts';
import type { Finding } from '@/lib/model/findings';
import { broker, part, state, topic } from '../fixtures';

const input = (over: Partial<ConditionInput> = {}): ConditionInput => ({
  clusterId: 'prod',
  clusterName: 'Production',
  state: state(),
  groups: [],
  findings: [],
  enabled: new Set(ALERT_RULE_IDS),
  groupStatuses: ['ERR', 'STOP'],
  ...over,
});

const finding = (rule: string, severity: Finding['severity']): Finding =>
  ({ id: `${rule}|t`, rule, severity, title: `${rule} title`, impact: 'It will hurt.', subject: { kind: 'topic', topic: 't' }, fix: { summary: 'Do this.', commands: [], files: [] } }) as unknown as Finding;

describe('alert conditions', () => {
  it('a healthy cluster holds none', () => {
    expect(alertConditions(input())).toEqual([]);
  });

  it('a dead broker names the partitions it took offline and those left under min ISR', () => {
    const s = state({
      brokers: [broker(1), broker(2, false), broker(3)],
      topics: [
        topic('signups', [part('signups', 0, -1, [2], [])], 1),
        topic('orders', [part('orders', 0, 1, [1, 2], [1]), part('orders', 1, 3, [3, 1], [3, 1])], 2),
      ],
    });
    const c = alertConditions(input({ state: s }));
    expect(c.map((x) => x.fingerprint).sort()).toEqual(['broker-down|broker=2', 'partitions-offline|topic=signups', 'under-min-isr|topic=orders']);
    const down = c.find((x) => x.rule === 'broker-down')!;
    expect(down.summary).toBe('Broker 2 down (127.0.0.1:9092)');
    expect(down.description).toContain('Partitions offline with it: signups-0.');
    expect(down.description).toContain('Under min ISR (acks=all writes fail): orders-0.');
    expect(down.labels).toEqual({ alertname: 'broker-down', cluster: 'prod', severity: 'critical', broker: '2' });
  });

  it('an unreachable cluster is one condition; nothing else is judged', () => {
    expect(alertConditions(input({ state: state({ reachable: false, brokers: [broker(1, false)] }) })).map((c) => c.rule)).toEqual(['cluster-unreachable']);
  });

  it('groups alert on the configured statuses only; disabled rules hold nothing', () => {
    const groups = [
      { groupId: 'a', status: 'ERR' as const, reason: 'lag grows' },
      { groupId: 'b', status: 'WARN' as const, reason: 'behind' },
      { groupId: 'c', status: 'STOP' as const, reason: 'no members' },
    ];
    expect(alertConditions(input({ groups })).map((c) => c.labels.group)).toEqual(['a', 'c']);
    expect(alertConditions(input({ groups, groupStatuses: ['WARN'] })).map((c) => c.labels.group)).toEqual(['b']);
    expect(alertConditions(input({ groups, enabled: new Set(['broker-down']) }))).toEqual([]);
  });

  it('critical findings alert, except the partition-health ones that are alerts of their own', () => {
    const findings = [finding('topic-rf1', 'critical'), finding('partitions-offline', 'critical'), finding('leader-skew', 'warning')];
    const c = alertConditions(input({ findings }));
    expect(c.map((x) => [x.fingerprint, x.summary, x.description])).toEqual([['critical-finding|finding=topic-rf1|t|topic=t', 'topic-rf1 title', 'It will hurt. Fix: Do this.']]);
  });
});
