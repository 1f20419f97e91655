import { describe, expect, it } from 'vitest';
import { StoreBuffer } from '@/lib/collector/store-buffer';
import type { PollRecord } from '@/lib/store/record-poll';

const rec = (i: number): PollRecord =>
  ({
    clusterId: 'c',
    clusterName: 'c',
    state: { reachable: true, controllerId: 1, brokers: [], topics: [], groups: null },
    events: [{ type: 'BROKER_DOWN', brokerId: i, details: { host: 'h', port: 1, rack: null } }],
    lags: [],
    poll: { startedAt: new Date(i * 1000), durationMs: 5, status: 'ok', error: null, phases: [], metadata: null, quorum: null, offsets: [], configs: null,
    configEntries: null,
    brokerConfigs: null,
    elr: null, groups: [], logDirs: null, peeks: null, deadlineAt: 0 },
  }) as PollRecord;

describe('StoreBuffer', () => {
  it('keeps the newest polls whole and older ones lean', () => {
    const b = new StoreBuffer({ fullPolls: 2, maxPolls: 10 });
    for (let i = 0; i < 5; i++) b.push(rec(i));
    const lean: boolean[] = [];
    for (let x = b.peek(); x; x = b.peek()) {
      lean.push(x.rec.lean === true);
      b.shift();
    }
    expect(lean).toEqual([true, true, true, false, false]);
  });

  it('past the limit drops the oldest poll records but carries their events, with their times', () => {
    const b = new StoreBuffer({ fullPolls: 1, maxPolls: 3 });
    for (let i = 0; i < 5; i++) b.push(rec(i));
    expect(b.size).toBe(3);
    expect(b.droppedPolls).toBe(2);
    const first = b.peek()!;
    expect(first.rec.poll.startedAt.getTime()).toBe(2000);
    expect(first.carried.map((c) => [c.at.getTime(), c.event.brokerId])).toEqual([
      [0, 0],
      [1000, 1],
    ]);
  });

  it("a dropped poll's alert fires and resolves ride on with the next one (their notifications are still owed)", () => {
    const b = new StoreBuffer({ fullPolls: 1, maxPolls: 2 });
    const alert = (fp: string) => ({ fingerprint: fp, rule: 'broker-down' as const, severity: 'critical' as const, labels: {}, summary: fp, description: '', state: 'firing' as const, activeSince: 0, firedAt: 0, resolvedAt: null, lastTrueAt: 0 });
    const withAlerts = (i: number, fired: string[], resolved: string[]) => ({
      ...rec(i),
      alerts: { receivers: ['hook'], evaluation: { active: fired.map(alert), fired: fired.map(alert), resolved: resolved.map((fp) => ({ ...alert(fp), state: 'resolved' as const })) } },
    });
    b.push(withAlerts(0, ['a'], []));
    b.push(withAlerts(1, [], ['a']));
    b.push(withAlerts(2, ['b'], []));
    const e = b.peek()!.rec.alerts!.evaluation;
    expect([e.fired.map((a) => a.fingerprint), e.resolved.map((a) => a.fingerprint)]).toEqual([['a'], ['a']]);
  });
});
