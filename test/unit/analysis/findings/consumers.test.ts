import { describe, expect, it } from 'vitest';
import { evaluateFindings } from '@/lib/analysis/findings';
import { group, HOUR, input, NOW, partitions, topic } from './fixture';

const only = (rule: string, xs: ReturnType<typeof evaluateFindings>) => xs.filter((f) => f.rule === rule);

describe('retention', () => {
  it('a group whose committed offset is below the log start skipped (log start − committed) messages', () => {
    const t = topic('orders', { partitions: partitions(3, 3).map((p) => ({ ...p, startOffset: p.partition === 1 ? 500n : 0n })) });
    const g = group('slow', { partitions: [0, 1, 2].map((partition) => ({ topic: 'orders', partition, committed: 120n, lagSeconds: 30 })) });
    const [f] = only('retention-skipped', evaluateFindings(input({ topics: [t], groups: [g] })));
    expect(f).toMatchObject({ severity: 'critical', title: 'slow will skip 380 messages that retention deleted before it read them' });
    expect(f?.facts.partitions).toEqual(['orders-1']);
  });

  it('a group whose oldest unread message is most of the way to retention.ms is warned, with the time left (an estimate)', () => {
    const t = topic('orders', { config: { minInsyncReplicas: 2, uncleanLeaderElection: false, retentionMs: 10 * HOUR, cleanupPolicy: 'delete', overridden: [] } });
    const g = group('slow', { partitions: [{ topic: 'orders', partition: 0, committed: 10n, lagSeconds: 9 * 3600 }] });
    const [f] = only('retention-risk', evaluateFindings(input({ topics: [t], groups: [g] })));
    expect(f?.title).toBe('slow is 90% of the way to losing unread messages of orders');
    expect(f?.impact).toContain('in about 1h');
  });

  it('a compacted topic is not at risk of retention deletes', () => {
    const t = topic('orders', { config: { minInsyncReplicas: 2, uncleanLeaderElection: false, retentionMs: HOUR, cleanupPolicy: 'compact', overridden: [] } });
    const g = group('slow', { partitions: [{ topic: 'orders', partition: 0, committed: 10n, lagSeconds: 3600 }] });
    expect(only('retention-risk', evaluateFindings(input({ topics: [t], groups: [g] })))).toEqual([]);
  });
});

describe('groups', () => {
  it('more members than partitions (idle consumers) is info', () => {
    expect(only('idle-members', evaluateFindings(input({ groups: [group('wide', { members: 5, assigned: 3 })] })))[0]?.title).toBe('wide has 5 members for 3 partitions');
  });

  it('ERR and STALL are critical, STOP a warning, with the status reason as the impact', () => {
    const fs = evaluateFindings(input({ groups: ['ERR', 'STALL', 'STOP'].map((s) => group(`g-${s}`, { status: s as 'ERR', reason: `reason ${s}` })) }));
    expect(only('group-lag', fs).map((f) => [f.subject, f.severity, f.impact])).toEqual([
      [{ kind: 'group', groupId: 'g-ERR' }, 'critical', 'reason ERR'],
      [{ kind: 'group', groupId: 'g-STALL' }, 'critical', 'reason STALL'],
      [{ kind: 'group', groupId: 'g-STOP' }, 'warning', 'reason STOP'],
    ]);
  });
});

describe('unused topics', () => {
  it('no write and no reader for the whole window, watched for at least as long', () => {
    const quiet = topic('old', { lastWriteAt: NOW - 30 * HOUR });
    const fs = evaluateFindings(input({ topics: [topic('orders'), quiet] }));
    expect(only('unused-topic', fs).map((f) => f.subject)).toEqual([{ kind: 'topic', topic: 'old' }]);
  });

  it('not judged when watched for less than the window, or when groups were never read', () => {
    expect(only('unused-topic', evaluateFindings(input({ topics: [topic('new', { firstSeenAt: NOW - HOUR, lastWriteAt: null })] })))).toEqual([]);
    expect(only('unused-topic', evaluateFindings(input({ groups: null, topics: [topic('old', { lastWriteAt: NOW - 30 * HOUR })] })))).toEqual([]);
  });
});

describe('the controller quorum', () => {
  const voter = (replicaId: number, leo: bigint, fetchAgo: number | null) => ({ replicaId, directoryId: null, logEndOffset: leo, lastFetchTimestamp: fetchAgo === null ? null : NOW - fetchAgo, lastCaughtUpTimestamp: null });

  it('a healthy quorum of 3 has no finding; one lagging voter leaves a bare majority (critical)', () => {
    const healthy = { leaderId: 1, leaderEpoch: 3, highWatermark: 100n, voters: [voter(1, 100n, 0), voter(2, 100n, 200), voter(3, 99n, 300)], observers: [] };
    expect(evaluateFindings(input({ quorum: healthy }))).toEqual([]);
    const lagging = { ...healthy, voters: [voter(1, 5000n, 0), voter(2, 5000n, 200), voter(3, 100n, 60_000)] };
    const fs = evaluateFindings(input({ quorum: lagging }));
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([
      ['quorum-bare-majority', 'critical'],
      ['quorum-voter-lagging', 'warning'],
    ]);
  });
});
