import { describe, expect, it } from 'vitest';
import { diffStates } from '@/lib/analysis/events';
import { broker, part, state, topic } from './fixtures';

const types = (evs: { type: string }[]) => evs.map((e) => e.type);

describe('diffStates', () => {
  it('reports nothing the first time a cluster is seen', () => {
    expect(diffStates(null, state())).toEqual([]);
  });

  it('reports nothing when nothing changed', () => {
    expect(diffStates(state(), state())).toEqual([]);
  });

  it('broker down and up', () => {
    const down = state({ brokers: [broker(1), broker(2, false), broker(3)] });
    expect(diffStates(state(), down)).toEqual([
      { type: 'BROKER_DOWN', brokerId: 2, details: { host: '127.0.0.1', port: 9092, rack: 'r2' } },
    ]);
    expect(types(diffStates(down, state()))).toEqual(['BROKER_UP']);
  });

  it('a broker seen for the first time is BROKER_UP marked firstSeen', () => {
    const more = state({ brokers: [broker(1), broker(2), broker(3), broker(4)] });
    expect(diffStates(state(), more)).toEqual([
      { type: 'BROKER_UP', brokerId: 4, details: { host: '127.0.0.1', port: 9094, rack: 'r4', firstSeen: true } },
    ]);
  });

  it('controller change names both controllers', () => {
    expect(diffStates(state(), state({ controllerId: 3 }))).toEqual([
      { type: 'CONTROLLER_CHANGED', brokerId: 3, details: { from: 1, to: 3 } },
    ]);
  });

  it('an unknown controller is not a change', () => {
    expect(diffStates(state(), state({ controllerId: null }))).toEqual([]);
  });

  it('ISR shrink and expand name the replica and ISR before and after', () => {
    const shrunk = state({ topics: [topic('orders', [part('orders', 0, 1, [1, 2, 3], [1, 3]), part('orders', 1, 2, [2, 3, 1])], 2)] });
    expect(diffStates(state(), shrunk)).toEqual([
      { type: 'ISR_SHRINK', topic: 'orders', partition: 0, brokerId: 2, details: { removed: [2], before: [1, 2, 3], after: [1, 3], replicas: [1, 2, 3] } },
    ]);
    expect(diffStates(shrunk, state())).toEqual([
      { type: 'ISR_EXPAND', topic: 'orders', partition: 0, brokerId: 2, details: { added: [2], before: [1, 3], after: [1, 2, 3], replicas: [1, 2, 3] } },
    ]);
  });

  it('leader change', () => {
    const moved = state({ topics: [topic('orders', [part('orders', 0, 3, [1, 2, 3], [2, 3]), part('orders', 1, 2, [2, 3, 1])], 2)] });
    const evs = diffStates(state(), moved);
    expect(evs[0]).toEqual({ type: 'LEADER_CHANGED', topic: 'orders', partition: 0, brokerId: 3, details: { from: 1, to: 3 } });
    expect(types(evs)).toEqual(['LEADER_CHANGED', 'ISR_SHRINK']);
  });

  it('an RF=1 partition losing its broker goes offline (and under min ISR, as kafka-topics counts it)', () => {
    const before = state({ topics: [topic('account_event', [part('account_event', 0, 1, [1])], 1)] });
    const after = state({
      brokers: [broker(1, false), broker(2), broker(3)],
      topics: [topic('account_event', [{ ...part('account_event', 0, -1, [1], [1]), offlineReplicas: [1] }], 1)],
    });
    const evs = diffStates(before, after);
    expect(types(evs)).toEqual(['BROKER_DOWN', 'PARTITION_OFFLINE', 'UNDER_MIN_ISR']);
    expect(evs[1]).toMatchObject({ topic: 'account_event', partition: 0, details: { lastLeader: 1, offlineReplicas: [1] } });
    expect(types(diffStates(after, before))).toEqual(['BROKER_UP', 'PARTITION_ONLINE', 'MIN_ISR_RESTORED']);
  });

  it('under min ISR when ISR drops below min.insync.replicas', () => {
    const t = (isr: number[]) => state({ topics: [topic('pay', [part('pay', 0, 1, [1, 2, 3], isr)], 3)] });
    const evs = diffStates(t([1, 2, 3]), t([1, 3]));
    expect(types(evs)).toEqual(['ISR_SHRINK', 'UNDER_MIN_ISR']);
    expect(evs[1]).toMatchObject({ details: { isr: [1, 3], minIsr: 3 } });
    expect(types(diffStates(t([1, 3]), t([1, 3, 2])))).toEqual(['ISR_EXPAND', 'MIN_ISR_RESTORED']);
  });

  it('topic created, deleted and partitions added', () => {
    const extra = topic('new', [part('new', 0, 1, [1])]);
    expect(diffStates(state(), state({ topics: [...state().topics, extra] }))).toEqual([
      { type: 'TOPIC_CREATED', topic: 'new', details: { partitions: 1, replicationFactor: 1, internal: false } },
    ]);
    expect(types(diffStates(state(), state({ topics: [] })))).toEqual(['TOPIC_DELETED']);
    const grown = state({
      topics: [topic('orders', [part('orders', 0, 1, [1, 2, 3]), part('orders', 1, 2, [2, 3, 1]), part('orders', 2, 3, [3, 1, 2])], 2)],
    });
    expect(diffStates(state(), grown)).toEqual([{ type: 'PARTITIONS_ADDED', topic: 'orders', details: { from: 2, to: 3 } }]);
  });

  it('replica reassignment', () => {
    const moved = state({ topics: [topic('orders', [part('orders', 0, 1, [1, 2, 4], [1, 2, 4]), part('orders', 1, 2, [2, 3, 1])], 2)] });
    expect(types(diffStates(state(), moved))).toEqual(['ISR_SHRINK', 'ISR_EXPAND', 'REPLICAS_CHANGED']);
  });

  it('an unreachable cluster is one event, and brokers are not declared down for it', () => {
    const gone = { ...state(), reachable: false };
    expect(diffStates(state(), gone)).toEqual([{ type: 'CLUSTER_UNREACHABLE', details: {} }]);
    expect(diffStates(gone, gone)).toEqual([]);
    expect(diffStates(gone, state())).toEqual([{ type: 'CLUSTER_REACHABLE', details: {} }]);
  });

  it('coming back after an outage reports what changed meanwhile', () => {
    const gone = { ...state(), reachable: false };
    const back = state({ brokers: [broker(1), broker(2, false), broker(3)], controllerId: 3 });
    expect(types(diffStates(gone, back))).toEqual(['CLUSTER_REACHABLE', 'BROKER_DOWN', 'CONTROLLER_CHANGED']);
  });

  it('flapping broker yields one event per transition', () => {
    const down = state({ brokers: [broker(1), broker(2, false), broker(3)] });
    const seq = [state(), down, state(), down, state()];
    const all = seq.slice(1).flatMap((s, i) => diffStates(seq[i]!, s));
    expect(types(all)).toEqual(['BROKER_DOWN', 'BROKER_UP', 'BROKER_DOWN', 'BROKER_UP']);
  });

  it('group state changes, only for groups seen in both polls', () => {
    const a = state({ groups: [{ groupId: 'g', state: 'Stable' }] });
    const b = state({ groups: [{ groupId: 'g', state: 'Empty' }, { groupId: 'h', state: 'Stable' }] });
    expect(diffStates(a, b)).toEqual([{ type: 'GROUP_STATE_CHANGED', details: { groupId: 'g', from: 'Stable', to: 'Empty' } }]);
    expect(diffStates(a, state({ groups: null }))).toEqual([]);
  });
});
