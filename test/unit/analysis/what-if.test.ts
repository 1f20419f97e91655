import { describe, expect, it } from 'vitest';
import { outcome, whatIf, type WhatIfPartition } from '@/lib/analysis/what-if';

const p = (topic: string, partition: number, replicas: number[], isr = replicas, elr: number[] | null = []): WhatIfPartition => ({
  topic,
  partition,
  leader: isr[0] ?? -1,
  replicas,
  isr,
  elr,
});

describe('outcome of a broker failure for one partition', () => {
  const none = new Set<number>();
  it('a single replica on it goes offline, with no eligible replica to come back from', () => {
    expect(outcome(p('a', 0, [1]), new Set([1]), 1, none)).toEqual({ kind: 'offline', recoverable: false });
  });
  it('RF 3 with min ISR 2 loses one replica and stays writable; min ISR 3 falls under', () => {
    expect(outcome(p('a', 0, [1, 2, 3]), new Set([1]), 2, none)).toEqual({ kind: 'degraded', isrLeft: 2 });
    expect(outcome(p('a', 0, [1, 2, 3]), new Set([1]), 3, none)).toEqual({ kind: 'under-min-isr', isrLeft: 2, minIsr: 3 });
  });
  it('a partition whose only in-sync replica fails, with an eligible replica alive, can recover cleanly', () => {
    expect(outcome(p('a', 0, [1, 2, 3], [1], [2]), new Set([1]), 2, none)).toEqual({ kind: 'offline', recoverable: true });
    expect(outcome(p('a', 0, [1, 2, 3], [1], null), new Set([1]), 2, none)).toEqual({ kind: 'offline', recoverable: null });
  });
  it('counts brokers already down as gone', () => {
    expect(outcome(p('a', 0, [1, 2], [1, 2]), new Set([1]), 1, new Set([2]))).toEqual({ kind: 'offline', recoverable: false });
  });
  it('a partition with no replica on the failing brokers is unaffected', () => {
    expect(outcome(p('a', 0, [2, 3]), new Set([1]), 2, none)).toEqual({ kind: 'unaffected' });
  });
});

describe('whatIf over a cluster (the demo: account_event RF 1 on broker 1)', () => {
  const input = {
    partitions: [p('account_event', 0, [1]), ...[0, 1, 2].map((i) => p('orders', i, [((i + 0) % 3) + 1, ((i + 1) % 3) + 1, ((i + 2) % 3) + 1])), p('audit_log', 0, [1, 2, 3])],
    minIsr: new Map<string, number | null>([['account_event', 1], ['orders', 2], ['audit_log', 3]]),
    groupTopics: new Map([['signup-mailer', ['account_event']], ['billing', ['orders']], ['auditor', ['audit_log']]]),
    down: new Set<number>(),
  };
  it('names account_event as going offline and audit_log as under min ISR', () => {
    const r = whatIf(input, [1]);
    expect(r.offline.map((x) => `${x.topic}-${x.partition}`)).toEqual(['account_event-0']);
    expect(r.underMinIsr.map((x) => `${x.topic}-${x.partition}`)).toEqual(['audit_log-0']);
    expect([r.degraded, r.unaffected]).toEqual([3, 0]);
    expect(r.topics).toEqual(['account_event', 'audit_log']);
    expect(r.groups).toEqual(['auditor', 'signup-mailer']);
  });
  it('a whole rack (brokers 1 and 2) takes more', () => {
    const r = whatIf(input, [1, 2]);
    expect(r.offline.map((x) => x.topic)).toEqual(['account_event']);
    expect(r.underMinIsr.map((x) => `${x.topic}-${x.partition}`)).toEqual(['orders-0', 'orders-1', 'orders-2', 'audit_log-0']);
  });
});
