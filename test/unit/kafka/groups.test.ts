// KafkaProbe's group and config calls against fake brokers: ListGroups fan-out, batched and
// cached FindCoordinator, routing per coordinator, retries when a coordinator moved or died.
import { afterEach, describe, expect, it } from 'vitest';
import { groupsReader, readTopicConfigs } from '@/lib/collector/groups-and-configs';
import { KafkaProbe, type ListGroupsResult, type ListedGroup } from '@/lib/kafka';
import { TAGS, arr, carr, cat, cbytes, ci32s, cstr, i16, i32, i64, i8, str } from './bytes';
import { closeFakes, fakeBroker, type Fake, type Reply } from './fake-broker';

const probes: KafkaProbe[] = [];
afterEach(async () => {
  await Promise.all(probes.splice(0).map((p) => p.close()));
  await closeFakes();
});
const probe = (brokers: string[]) => {
  const p = new KafkaProbe({ brokers, connectTimeoutMs: 300, requestTimeoutMs: 300 });
  probes.push(p);
  return p;
};

/** Reads request bodies (after the header's tagged fields). */
class Body {
  private o = 1;
  constructor(private readonly b: Buffer) {}
  uvar(): number {
    let v = 0;
    for (let shift = 0; ; shift += 7) {
      const x = this.b[this.o++]!;
      v += (x & 0x7f) * 2 ** shift;
      if (!(x & 0x80)) return v;
    }
  }
  skip(n: number) {
    this.o += n;
    return this;
  }
  str(): string {
    const n = this.uvar() - 1;
    this.o += n;
    return this.b.subarray(this.o - n, this.o).toString();
  }
  strs = (after: (r: Body) => void = () => {}) => Array.from({ length: this.uvar() - 1 }, () => {
    const s = this.str();
    after(this);
    return s;
  });
}
const groupIdsOf = (body: Buffer) => new Body(body).strs();

const NO_OPS = i32(-2147483648);
const metadata = (brokers: Fake[]) => cat(TAGS, i32(0), carr(brokers.map((f, i) => cat(i32(i + 1), cstr('127.0.0.1'), i32(f.port), cstr(null), TAGS))),
  cstr('fake'), i32(1), carr([]), i16(0), TAGS);
const listed = (...groups: [string, string, string, string][]) =>
  cat(TAGS, i32(0), i16(0), carr(groups.map((g) => cat(...g.map(cstr), TAGS))), TAGS);
const coordinators = (ids: string[], where: (id: string) => Fake | number) => cat(TAGS, i32(0), carr(ids.map((id) => {
  const f = where(id);
  return typeof f === 'number'
    ? cat(cstr(id), i32(-1), cstr(''), i32(-1), i16(f), cstr(null), TAGS)
    : cat(cstr(id), i32(f.port % 1000), cstr('127.0.0.1'), i32(f.port), i16(0), cstr(null), TAGS);
})), TAGS);
const assignment = (topic: string, ps: number[]) => cat(i16(0), arr([cat(str(topic), arr(ps.map(i32)))]), i32(-1));
const classicGroup = (id: string, err = 0, state = 'Stable') => cat(i16(err), cstr(null), cstr(id), cstr(state), cstr(err ? '' : 'consumer'),
  cstr(err ? '' : 'range'), carr(err || state !== 'Stable' ? [] : [cat(cstr(`${id}-m1`), cstr(null), cstr('c1'), cstr('/10.0.0.1'), cbytes(Buffer.alloc(0)),
    cbytes(assignment('rf3', [0, 1])), TAGS)]), NO_OPS, TAGS);
const described = (groups: Buffer[]) => cat(TAGS, i32(0), carr(groups), TAGS);
const tp = cat(carr([cat(Buffer.alloc(16, 3), cstr('rf3'), ci32s([2]), TAGS)]), TAGS);
const consumerGroup = (id: string, err = 0) => cat(i16(err), cstr(null), cstr(id), cstr(err ? '' : 'Stable'), i32(2), i32(2), cstr(err ? '' : 'uniform'),
  carr(err ? [] : [cat(cstr('m848'), cstr(null), cstr(null), i32(2), cstr('c848'), cstr('/10.0.0.2'), carr([cstr('rf3')]), cstr(null), tp, tp, i8(1), TAGS)]),
  NO_OPS, TAGS);
const offsets = (ids: string[], err = 0) => cat(TAGS, i32(0), carr(ids.map((id) => cat(cstr(id),
  carr(err ? [] : [cat(cstr('rf3'), carr([cat(i32(0), i64(41), i32(0), cstr(''), i16(0), TAGS)]), TAGS)]), i16(err), TAGS))), TAGS);
/** Group ids of an OffsetFetch v9 request: each followed by member id (null), epoch, topics (null), tags. */
const offsetGroupIds = (body: Buffer) => new Body(body).strs((r) => r.skip(1 + 4 + 1 + 1));

interface Cluster { a: Fake; b: Fake; where: Record<string, Fake | number>; reply: Partial<Record<number, (body: Buffer, f: Fake) => Reply>> }

/** Brokers 1 (a) and 2 (b); a lists g-classic and connect-x, b lists g848 (KIP-848). */
async function cluster(): Promise<Cluster> {
  const c = {} as Cluster;
  c.where = {};
  c.reply = {};
  const handler = (self: () => Fake) => (key: number, _v: number, body: Buffer): Reply => {
    const f = self();
    const custom = c.reply[key];
    if (custom) return custom(body, f);
    if (key === 3) return metadata([c.a, c.b]);
    if (key === 16) return f === c.a ? listed(['g-classic', 'consumer', 'Stable', 'classic'], ['connect-x', 'connect', 'Stable', 'classic'])
      : listed(['g848', 'consumer', 'Stable', 'consumer']);
    if (key === 10) return coordinators(new Body(body).skip(1).strs(), (id) => c.where[id] ?? 15);
    if (key === 15) return described(groupIdsOf(body).map((id) => classicGroup(id)));
    if (key === 69) return described(groupIdsOf(body).map((id) => consumerGroup(id)));
    if (key === 9) return offsets(offsetGroupIds(body));
    return 'close';
  };
  c.a = await fakeBroker(handler(() => c.a));
  c.b = await fakeBroker(handler(() => c.b));
  c.where = { 'g-classic': c.a, g848: c.b };
  return c;
}
const count = (f: Fake, key: number) => f.requests.filter((r) => r.startsWith(`${key}v`)).length;

describe('KafkaProbe consumer groups', () => {
  it('lists on every broker, describes each group by its protocol at its coordinator, and caches coordinators', async () => {
    const c = await cluster();
    const p = probe([c.a.address]);
    const { groups, errors } = await p.listGroups();
    expect(errors).toEqual([]);
    expect(groups.map((g) => [g.groupId, g.type, g.brokerId])).toEqual([['connect-x', 'classic', 1], ['g-classic', 'classic', 1], ['g848', 'consumer', 2]]);
    const wanted = groups.filter((g) => g.protocolType === 'consumer');
    const coords = await p.findCoordinators(wanted.map((g) => g.groupId));
    expect(Object.fromEntries([...coords].map(([id, x]) => [id, 'nodeId' in x ? x.port : x]))).toEqual({ 'g-classic': c.a.port, g848: c.b.port });
    const [d, o] = await Promise.all([p.describeGroups(wanted), p.fetchCommittedOffsets(wanted.map((g) => g.groupId))]);
    expect(d).toEqual([
      { groupId: 'g-classic', type: 'classic', state: 'Stable', protocolType: 'consumer', protocol: 'range', coordinatorId: c.a.port % 1000, error: null,
        members: [{ memberId: 'g-classic-m1', instanceId: null, clientId: 'c1', clientHost: '/10.0.0.1', assignment: [{ topic: 'rf3', partitions: [0, 1] }] }] },
      { groupId: 'g848', type: 'consumer', state: 'Stable', protocolType: 'consumer', protocol: 'uniform', coordinatorId: c.b.port % 1000, error: null,
        members: [{ memberId: 'm848', instanceId: null, clientId: 'c848', clientHost: '/10.0.0.2', assignment: [{ topic: 'rf3', partitions: [2] }] }] },
    ]);
    expect(o.map((x) => [x.groupId, x.offsets, x.error])).toEqual([
      ['g-classic', [{ topic: 'rf3', partition: 0, offset: 41n }], null], ['g848', [{ topic: 'rf3', partition: 0, offset: 41n }], null]]);
    // one batched FindCoordinator (to one broker), then the cache; each API only at the coordinator
    await p.describeGroups(['g-classic']);
    expect(count(c.a, 10) + count(c.b, 10)).toBe(1);
    expect([count(c.a, 15), count(c.b, 15), count(c.a, 69), count(c.b, 69), count(c.a, 9), count(c.b, 9)]).toEqual([2, 0, 0, 1, 1, 1]);
    expect(c.b.requests).toContain('69v1');
    expect(c.a.requests).toContain('9v9');
  });

  it('shares one FindCoordinator between a describe and an offset fetch started together', async () => {
    const c = await cluster();
    const p = probe([c.a.address]);
    const ids = ['g-classic', 'g848'];
    const [d, o] = await Promise.all([p.describeGroups([{ groupId: 'g-classic' }, { groupId: 'g848', type: 'consumer' }]), p.fetchCommittedOffsets(ids)]);
    expect([...d.map((x) => x.error), ...o.map((x) => x.error)]).toEqual([null, null, null, null]);
    expect(count(c.a, 10) + count(c.b, 10)).toBe(1);
  });

  it('reports a broker whose ListGroups fails and still returns the others; throws only if none answers', async () => {
    const c = await cluster();
    c.reply[16] = (_, f) => (f === c.b ? 'hang' : listed(['g-classic', 'consumer', 'Stable', 'classic']));
    const p = probe([c.a.address]);
    const r = await p.listGroups();
    expect(r.groups.map((g) => g.groupId)).toEqual(['g-classic']);
    expect(r.errors).toEqual([{ brokerId: 2, error: expect.stringMatching(/^ListGroups v5 to .* timed out after 300ms$/) }]);
    c.reply[16] = () => 'close';
    await expect(p.listGroups()).rejects.toThrow(/^ListGroups failed on every broker: 1: .*; 2: /);
  });

  it('finds the coordinator again after NOT_COORDINATOR and retries once', async () => {
    const c = await cluster();
    c.reply[15] = (body, f) => {
      if (f === c.a) c.where['g-classic'] = c.b; // the group moved to broker b
      return described(groupIdsOf(body).map((id) => classicGroup(id, f === c.a ? 16 : 0)));
    };
    const p = probe([c.a.address]);
    const [d] = await p.describeGroups(['g-classic']);
    expect(d).toMatchObject({ groupId: 'g-classic', state: 'Stable', coordinatorId: c.b.port % 1000, error: null });
    expect(count(c.a, 10) + count(c.b, 10)).toBe(2);
    // a coordinator that keeps answering NOT_COORDINATOR: reported, not retried forever
    c.reply[15] = (body) => described(groupIdsOf(body).map((id) => classicGroup(id, 16)));
    const [again] = await p.describeGroups(['g-classic']);
    expect(again).toMatchObject({ state: 'Unknown', members: [], error: 'NOT_COORDINATOR_FOR_GROUP (16)' });
    expect(count(c.a, 10) + count(c.b, 10)).toBe(3); // b was cached; looked up once more after its refusal
  });

  it('reports groups of an unreachable or unknown coordinator with an error, asks it once, and answers the rest', async () => {
    const c = await cluster();
    const dead = await fakeBroker(() => 'close');
    await dead.close();
    c.where['g-classic'] = dead;
    delete c.where.g848; // FindCoordinator: COORDINATOR_NOT_AVAILABLE
    c.where.g2 = c.b;
    const p = probe([c.a.address]);
    const d = await p.describeGroups([{ groupId: 'g-classic' }, { groupId: 'g848', type: 'consumer' }, { groupId: 'g2', type: 'consumer' }]);
    expect(d.map((x) => [x.groupId, x.coordinatorId, x.state, x.error])).toEqual([
      ['g-classic', dead.port % 1000, 'Unknown', expect.stringMatching(/^coordinator \d+: .*ECONNREFUSED/)],
      ['g848', null, 'Unknown', 'FindCoordinator: GROUP_COORDINATOR_NOT_AVAILABLE (15)'],
      ['g2', c.b.port % 1000, 'Stable', null],
    ]);
    expect(count(c.a, 10) + count(c.b, 10)).toBe(2); // the dead one was looked up again, but not asked again
    const o = await p.fetchCommittedOffsets(['g848', 'g2']);
    expect(o.map((x) => [x.groupId, x.offsets.length, x.error])).toEqual([['g848', 0, 'FindCoordinator: GROUP_COORDINATOR_NOT_AVAILABLE (15)'], ['g2', 1, null]]);
  });

  it('asks ConsumerGroupDescribe for a group DescribeGroups calls Dead or unknown, so KIP-848 groups are never Dead', async () => {
    const c = await cluster();
    c.where['g848'] = c.a;
    c.where['gone'] = c.a;
    c.reply[15] = (body) => described(groupIdsOf(body).map((id) => classicGroup(id, id === 'gone' ? 69 : 0, id === 'g848' ? 'Dead' : 'Stable')));
    c.reply[69] = (body) => described(groupIdsOf(body).map((id) => consumerGroup(id, id === 'g848' ? 0 : 69)));
    const p = probe([c.a.address]);
    const d = await p.describeGroups(['g848', 'gone']); // types unknown (e.g. ListGroups < v5)
    expect(d.map((x) => [x.groupId, x.type, x.state, x.protocol, x.members.length, x.error])).toEqual([
      ['g848', 'consumer', 'Stable', 'uniform', 1, null],
      ['gone', 'classic', 'Unknown', '', 0, 'GROUP_ID_NOT_FOUND (69)'],
    ]);
  });
});

describe('KafkaProbe topic configs', () => {
  const entry = (name: string, value: string, source: number) =>
    cat(cstr(name), cstr(value), i8(0), i8(source), i8(0), carr([]), i8(2), cstr(null), TAGS);
  /** Answers each topic with effective values; t7 overrides min.insync.replicas, t13 is unknown. */
  const answer = (names: string[]) => cat(TAGS, i32(0), carr(names.map((t) => t === 't13'
    ? cat(i16(3), cstr(null), i8(2), cstr(t), carr([]), TAGS)
    : cat(i16(0), cstr(null), i8(2), cstr(t), carr([entry('min.insync.replicas', t === 't7' ? '2' : '1', t === 't7' ? 1 : 4),
      entry('retention.ms', '604800000', 5), entry('cleanup.policy', 'delete', 5), entry('unclean.leader.election.enable', 'false', 5)]), TAGS))), TAGS);
  const topicsOf = (body: Buffer) => {
    const r = new Body(body);
    return Array.from({ length: r.uvar() - 1 }, () => {
      const name = r.skip(1).str(); // after resource_type
      r.strs(); // configuration_keys
      r.skip(1); // tags
      return name;
    });
  };

  it('sends 200 topics per DescribeConfigs in parallel, drops topics in error, and fails only if every batch fails', async () => {
    const batches: string[][] = [];
    let hang = (_: string[]) => false;
    const f = await fakeBroker((key, v, body) => {
      if (key !== 32 || v !== 4) return 'close';
      const names = topicsOf(body);
      batches.push(names);
      return hang(names) ? 'hang' : answer(names);
    });
    const p = probe([f.address]);
    const topics = Array.from({ length: 450 }, (_, i) => `t${i}`);
    const { configs, entries } = await readTopicConfigs(p, topics);
    expect(entries).toBeNull();
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50]);
    expect(configs.size).toBe(449);
    expect(configs.get('t13')).toBeUndefined();
    expect(configs.get('t7')).toEqual({ minInsyncReplicas: 2, retentionMs: '604800000', cleanupPolicy: 'delete', uncleanLeaderElection: false, overridden: ['min.insync.replicas'] });
    expect(configs.get('t449')).toMatchObject({ minInsyncReplicas: 1, overridden: [] });

    hang = (names) => names.includes('t0'); // the first batch times out; the others are kept
    const partial = (await readTopicConfigs(p, topics)).configs;
    expect([partial.size, partial.has('t0'), partial.has('t200')]).toEqual([250, false, true]);
    hang = () => true;
    await expect(readTopicConfigs(p, topics)).rejects.toThrow(/DescribeConfigs v4 to .* timed out after 300ms/);
  });
});

describe('groupsReader', () => {
  type Probe = Parameters<typeof groupsReader>[0];
  const lg = (groupId: string, brokerId: number, type = 'classic', state = 'Stable'): ListedGroup =>
    ({ groupId, protocolType: 'consumer', state, type, brokerId });
  function fakeProbe(list: () => ListGroupsResult, failing: Set<string>): Probe {
    return {
      listGroups: async () => list(),
      describeGroups: async (gs) => gs.map((g) => {
        const { groupId } = typeof g === 'string' ? { groupId: g } : g;
        const type = typeof g !== 'string' && g.type === 'consumer' ? 'consumer' : 'classic';
        return failing.has(groupId)
          ? { groupId, type, state: 'Unknown', protocolType: '', protocol: '', members: [], coordinatorId: null, error: 'coordinator 1: ECONNREFUSED' }
          : { groupId, type, state: 'Stable', protocolType: 'consumer', protocol: 'range', coordinatorId: 2, error: null,
            members: [{ memberId: 'm', instanceId: 'i', clientId: 'c', clientHost: 'h', assignment: [{ topic: 't', partitions: [0] }] }] };
      }),
      fetchCommittedOffsets: async (ids) => ids.map((groupId) => failing.has(groupId)
        ? { groupId, coordinatorId: null, offsets: [], error: 'coordinator 1: ECONNREFUSED' }
        : { groupId, coordinatorId: 2, offsets: [{ topic: 't', partition: 0, offset: 5n }], error: null }),
    };
  }

  it('keeps groups a failed broker listed before, with the error when they cannot be described', async () => {
    let result: ListGroupsResult = { groups: [lg('a', 1), lg('b', 2, 'consumer'), { ...lg('c', 2), protocolType: 'connect' }], errors: [] };
    const failing = new Set<string>();
    const read = groupsReader(fakeProbe(() => result, failing));
    const first = await read();
    expect(first.map((g) => g.groupId)).toEqual(['a', 'b']);
    expect(first[1]).toEqual({ groupId: 'b', state: 'Stable', protocolType: 'consumer', protocol: 'range', groupType: 'consumer', coordinatorId: 2,
      members: [{ memberId: 'm', clientId: 'c', clientHost: 'h', assignment: [{ topic: 't', partitions: [0] }] }], offsets: [{ topic: 't', partition: 0, offset: 5n }] });

    // broker 2 dies: b is not listed, still known; it cannot be described yet
    result = { groups: [lg('a', 1, 'classic', 'Empty')], errors: [{ brokerId: 2, error: 'ECONNREFUSED' }] };
    failing.add('b');
    const second = await read();
    expect(second.map((g) => [g.groupId, g.state, g.error, g.offsetsError])).toEqual([
      ['a', 'Stable', undefined, undefined],
      ['b', 'Unknown', 'coordinator 1: ECONNREFUSED', 'coordinator 1: ECONNREFUSED'],
    ]);
    expect(second[1]).toMatchObject({ groupType: 'consumer', members: [], offsets: [] });
    // a listed group that cannot be described keeps the state ListGroups gave
    failing.add('a');
    expect((await read()).map((g) => [g.groupId, g.state, g.protocolType])).toEqual([['a', 'Empty', 'consumer'], ['b', 'Unknown', 'consumer']]);

    // every broker answers again and b is gone for good: forgotten
    result = { groups: [lg('a', 1)], errors: [] };
    expect((await read()).map((g) => g.groupId)).toEqual(['a']);
  });

  it('fails when no broker answers ListGroups', async () => {
    const read = groupsReader({ ...fakeProbe(() => ({ groups: [], errors: [] }), new Set()), listGroups: () => Promise.reject(new Error('ListGroups failed on every broker')) });
    await expect(read()).rejects.toThrow('ListGroups failed on every broker');
  });
});
