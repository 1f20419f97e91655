import { describe, expect, it } from 'vitest';
import { ElrCache } from '@/lib/collector/elr-cache';
import { poll } from '@/lib/collector/poll';
import type { ClusterMetadata, TopicInfo, TopicPartitionsDescription } from '@/lib/model/observation';
import { fakeSource } from './fake-source';

const topic = (name: string, isr: number[][], leader = 1): TopicInfo => ({
  name,
  topicId: null,
  internal: false,
  errorCode: 0,
  partitions: isr.map((i, partition) => ({ partition, leader, leaderEpoch: 0, replicas: [1, 2, 3], isr: i, offlineReplicas: [], errorCode: 0 })),
});
const meta = (...topics: TopicInfo[]): ClusterMetadata => ({ clusterId: 'c', metadataControllerId: 1, brokers: [1, 2, 3].map((id) => ({ id, host: 'h', port: id, rack: null })), topics });
const full = [1, 2, 3];

/** What Kafka would answer for these topics: an ELR only where the ISR is short (the test's stand-in for min ISR 2). */
function kafkaAnswer(m: ClusterMetadata, asked?: readonly string[]): TopicPartitionsDescription[] {
  return m.topics
    .filter((t) => !asked || asked.includes(t.name))
    .map((t) => ({ name: t.name, topicId: null, internal: false, errorCode: 0, partitions: t.partitions.map((p) => ({ partition: p.partition, leader: p.leader, leaderEpoch: 0, replicas: p.replicas, isr: p.isr, eligibleLeaderReplicas: p.isr.length < 2 ? p.replicas.filter((r) => !p.isr.includes(r)).slice(0, 1) : [], lastKnownElr: [], offlineReplicas: [], errorCode: 0 })) }));
}

describe('ElrCache', () => {
  it('asks every topic first and on refresh polls; in between only those that can have an ELR', () => {
    const cache = new ElrCache();
    const healthy = meta(topic('a', [full]), topic('b', [full, full]));
    expect(cache.plan(healthy, false)).toBe('all');
    cache.merge(healthy, 'all', kafkaAnswer(healthy));
    expect(cache.plan(healthy, false)).toEqual([]);
    expect(cache.plan(healthy, true)).toBe('all');
    const shrunk = meta(topic('a', [full]), topic('b', [full, [1]]));
    expect(cache.plan(shrunk, false)).toEqual(['b']);
  });

  it('keeps asking a topic the poll after it recovered, so the recovery is read and not carried', () => {
    const cache = new ElrCache();
    const shrunk = meta(topic('a', [[1]]));
    cache.merge(shrunk, 'all', kafkaAnswer(shrunk));
    expect(cache.plan(shrunk, false)).toEqual(['a']);
    const merged = cache.merge(shrunk, ['a'], kafkaAnswer(shrunk, ['a']));
    expect(merged[0]?.partitions[0]?.eligibleLeaderReplicas).toEqual([2]);
    const back = meta(topic('a', [full]));
    expect(cache.plan(back, false)).toEqual(['a']);
    expect(cache.merge(back, ['a'], kafkaAnswer(back, ['a']))[0]?.partitions[0]?.eligibleLeaderReplicas).toEqual([]);
    expect(cache.plan(back, false)).toEqual([]);
  });

  it('asks new topics, topics whose partition count changed and leaderless ones; forgets deleted topics; keeps the last read of the rest', () => {
    const cache = new ElrCache();
    const before = meta(topic('a', [full]), topic('gone', [full]));
    cache.merge(before, 'all', kafkaAnswer(before));
    const after = meta(topic('a', [full, full]), topic('new', [full]), topic('dark', [[]], -1));
    expect(cache.plan(after, false)).toEqual(['a', 'new', 'dark']);
    const merged = cache.merge(after, ['new'], kafkaAnswer(after, ['new']));
    // 'a' was not read (as if the answer lacked it): its last description stands; 'gone' is forgotten.
    expect(merged.map((t) => t.name)).toEqual(['a', 'new']);
  });
});

describe('poll with an ElrCache', () => {
  it('no request and no phase when no topic can have an ELR; every topic still has its (last) description', async () => {
    const asked: (readonly string[] | undefined)[] = [];
    const m = meta(topic('a', [full]), topic('b', [full]));
    const source = fakeSource({ fetchMetadata: async () => m, describeTopicPartitions: async (topics) => (asked.push(topics), kafkaAnswer(m, topics)) });
    const cache = new ElrCache();
    const first = await poll(source, { deadlineMs: 1000, refreshConfigs: false, elr: cache });
    const second = await poll(source, { deadlineMs: 1000, refreshConfigs: false, elr: cache });
    expect(asked).toEqual([undefined]);
    expect(first.phases.some((p) => p.name === 'elr')).toBe(true);
    expect(second.phases.some((p) => p.name === 'elr')).toBe(false);
    expect(second.elr?.map((t) => t.name)).toEqual(['a', 'b']);
  });
});
