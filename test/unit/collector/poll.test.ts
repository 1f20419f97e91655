import { describe, expect, it } from 'vitest';
import { poll } from '@/lib/collector/poll';
import { stateFromPoll } from '@/lib/collector/state';
import { fakeSource, metadata, never } from './fake-source';

describe('poll', () => {
  it('gathers every phase when the cluster answers', async () => {
    const r = await poll(fakeSource(), { deadlineMs: 1000, refreshConfigs: true });
    expect(r.status).toBe('ok');
    expect(r.error).toBeNull();
    expect(r.phases.map((p) => p.name).sort()).toEqual(['configs', 'groups', 'metadata', 'offsets', 'quorum']);
    expect(r.offsets?.[0]?.endOffset).toBe(42n);
  });

  it('skips configs when not asked to refresh them', async () => {
    const r = await poll(fakeSource(), { deadlineMs: 1000, refreshConfigs: false });
    expect(r.configs).toBeNull();
    expect(r.phases.some((p) => p.name === 'configs')).toBe(false);
  });

  it('fails as a whole, with the reason, when metadata cannot be read', async () => {
    const r = await poll(fakeSource({ fetchMetadata: async () => Promise.reject(new Error('connect ECONNREFUSED')) }), {
      deadlineMs: 1000,
      refreshConfigs: true,
    });
    expect(r.status).toBe('failed');
    expect(r.error).toBe('metadata: connect ECONNREFUSED');
    expect(r.phases).toHaveLength(1);
  });

  it('a hung phase ends at the deadline and the rest is kept (partial)', async () => {
    const started = Date.now();
    const r = await poll(fakeSource({ groups: never }), { deadlineMs: 300, refreshConfigs: false });
    expect(Date.now() - started).toBeLessThan(600);
    expect(r.status).toBe('partial');
    expect(r.error).toMatch(/^groups: groups: timed out/);
    expect(r.offsets).not.toBeNull();
  });

  it('a hung metadata call never outlives the deadline', async () => {
    const started = Date.now();
    const r = await poll(fakeSource({ fetchMetadata: never }), { deadlineMs: 200, refreshConfigs: true });
    expect(Date.now() - started).toBeLessThan(500);
    expect(r.status).toBe('failed');
  });
});

describe('stateFromPoll', () => {
  it('marks brokers seen before but missing now as down, keeps controller when quorum fails', async () => {
    const first = stateFromPoll(null, await poll(fakeSource(), { deadlineMs: 1000, refreshConfigs: true }));
    expect(first.controllerId).toBe(2);
    expect(first.topics[0]?.minIsr).toBe(2);
    const second = stateFromPoll(
      first,
      await poll(
        fakeSource({ fetchMetadata: async () => metadata([1, 3]), describeQuorum: async () => Promise.reject(new Error('x')) }),
        { deadlineMs: 1000, refreshConfigs: false },
      ),
    );
    expect(second.brokers.map((b) => [b.id, b.up])).toEqual([[1, true], [2, false], [3, true]]);
    expect(second.controllerId).toBe(2);
    expect(second.topics[0]?.minIsr).toBe(2);
  });

  it('an unreachable poll keeps the last known state, flagged unreachable', async () => {
    const first = stateFromPoll(null, await poll(fakeSource(), { deadlineMs: 1000, refreshConfigs: true }));
    const r = await poll(fakeSource({ fetchMetadata: async () => Promise.reject(new Error('down')) }), { deadlineMs: 100, refreshConfigs: true });
    const s = stateFromPoll(first, r);
    expect(s.reachable).toBe(false);
    expect(s.brokers).toEqual(first.brokers);
  });
});

describe('configs of new topics', () => {
  it('reads every config of the topics named in fullConfigsFor, even between refreshes', async () => {
    const calls: [string[], boolean][] = [];
    const source = fakeSource({
      topicConfigs: async (topics, full) => {
        calls.push([topics, full]);
        return { configs: new Map(), entries: full ? new Map(topics.map((t) => [t, [{ name: 'min.insync.replicas', value: '2', source: 5, sourceName: 'DEFAULT_CONFIG' as const, readOnly: false, sensitive: false }]])) : null };
      },
    });
    const r = await poll(source, { deadlineMs: 1000, refreshConfigs: false, fullConfigsFor: ['t', 'gone'] });
    expect(calls).toEqual([
      [['t'], false],
      [['t'], true],
    ]);
    expect([...(r.configEntries?.keys() ?? [])]).toEqual(['t']);
    calls.length = 0;
    await poll(source, { deadlineMs: 1000, refreshConfigs: false });
    expect(calls).toEqual([]);
  });
});
