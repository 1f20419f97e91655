// KafkaProbe end to end against tiny fake brokers on localhost: timeouts, reconnects, SASL errors.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { KafkaAuthError, KafkaProbe } from '@/lib/kafka';
import { TAGS, arr, bool, carr, cat, ci32s, cstr, i16, i32, i64, str } from './bytes';
import { closeFakes, fakeBroker, type Handler, type Reply } from './fake-broker';

const probes: KafkaProbe[] = [];
afterEach(async () => {
  await Promise.all(probes.splice(0).map((p) => p.close()));
  await closeFakes();
});

/** Metadata v13 naming this fake as broker 1, with topic rf1 offline (leader -1) and rf3 led by broker 1. */
const metadataV13 = (port: number) => cat(TAGS, i32(0),
  carr([cat(i32(1), cstr('127.0.0.1'), i32(port), cstr('r1'), TAGS)]), cstr('fake'), i32(1),
  carr([
    cat(i16(0), cstr('rf1'), Buffer.alloc(16, 2), bool(false), carr([cat(i16(5), i32(0), i32(-1), i32(0), ci32s([2]), ci32s([]), ci32s([2]), TAGS)]), i32(0), TAGS),
    cat(i16(0), cstr('rf3'), Buffer.alloc(16, 3), bool(false), carr([cat(i16(0), i32(0), i32(1), i32(0), ci32s([1]), ci32s([1]), ci32s([]), TAGS)]), i32(0), TAGS),
  ]), i16(0), TAGS);

const probe = (brokers: string[], extra: Partial<ConstructorParameters<typeof KafkaProbe>[0]> = {}) => {
  const p = new KafkaProbe({ brokers, connectTimeoutMs: 300, requestTimeoutMs: 300, ...extra });
  probes.push(p);
  return p;
};

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value?: T; error?: Error }> {
  const t0 = Date.now();
  try {
    return { ms: Date.now() - t0, value: await f() };
  } catch (e) {
    return { ms: Date.now() - t0, error: e as Error };
  }
}

describe('KafkaProbe against fake brokers', () => {
  it('reports unreachable brokers with every address tried', async () => {
    const gone = await fakeBroker(() => 'hang');
    await gone.close();
    const r = await timed(() => probe([gone.address, `localhost:${gone.port}`]).fetchMetadata());
    expect(r.error?.message).toMatch(new RegExp(`^cannot reach any broker of ${gone.address},localhost:${gone.port}: .*ECONNREFUSED`));
  });

  it('gives up on a broker that accepts but never answers after the connect timeout', async () => {
    const silent = await fakeBroker(() => 'hang');
    const server = net.createServer((s) => s.resume()); // accepts TCP, reads, never answers
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const mute = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    try {
      const r = await timed(() => probe([mute]).fetchMetadata());
      expect(r.error?.message).toBe(`cannot reach any broker of ${mute}: connect to ${mute} timed out after 300ms`);
      expect(r.ms).toBeLessThan(800);
      // a broker that connects fine but never answers Metadata: request timeout
      const r2 = await timed(() => probe([silent.address]).fetchMetadata());
      expect(r2.error?.message).toMatch(/Metadata v13 to .* timed out after 300ms/);
      expect(r2.ms).toBeLessThan(1000);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('returns leaderless partitions, nulls offsets of offline/hung leaders, and reconnects after errors', async () => {
    let listOffsets: Reply = 'hang';
    let metadataReplies = 0;
    const fake = await fakeBroker((key) => {
      if (key === 3) return ++metadataReplies === 2 ? 'close' : metadataV13(fake.port);
      if (key === 2) return listOffsets;
      return 'close';
    });
    const p = probe([fake.address]);
    const meta = await p.fetchMetadata();
    expect(meta.brokers).toEqual([{ id: 1, host: '127.0.0.1', port: fake.port, rack: 'r1' }]);
    expect(meta.topics[0]).toMatchObject({ name: 'rf1', partitions: [{ leader: -1, offlineReplicas: [2], errorCode: 5 }] });

    const r = await timed(() => p.listOffsets(meta));
    expect(r.value).toEqual([
      { topic: 'rf1', partition: 0, startOffset: null, endOffset: null, errorCode: 5, leaderEpoch: null },
      { topic: 'rf3', partition: 0, startOffset: null, endOffset: null, errorCode: 7, leaderEpoch: null },
    ]);
    expect(r.ms).toBeLessThan(1000);
    expect(fake.connections).toBe(1);

    // the timed-out connection was dropped; the next call reconnects, and its Metadata gets 'close'
    await expect(p.fetchMetadata()).rejects.toThrow(/cannot reach any broker/);
    expect(fake.connections).toBe(2);
    // ListOffsets v10: throttle | topics [name [partition error timestamp offset leader_epoch tags] tags] tags
    listOffsets = cat(TAGS, i32(0), carr([cat(cstr('rf3'), carr([cat(i32(0), i16(0), i64(-1), i64(42), i32(3), TAGS)]), TAGS)]), TAGS);
    const third = await timed(() => p.fetchMetadata());
    expect(third.error, `${fake.requests} ${fake.connections}`).toBeUndefined();
    expect(third.value).toEqual(meta);
    expect(fake.connections).toBe(3);
    expect((await p.listOffsets(meta))[1]).toEqual({ topic: 'rf3', partition: 0, startOffset: 42n, endOffset: 42n, errorCode: 0, leaderEpoch: 3 });
    expect(fake.requests.filter((x) => x.startsWith('2v'))).toEqual(['2v10', '2v10', '2v10', '2v10']);

    await expect(p.describeLogDirs(7)).rejects.toThrow('broker 7 is not in the cluster metadata');
    await p.close();
    await p.close();
    await expect(p.fetchMetadata()).rejects.toThrow('KafkaProbe is closed');
  });

  it('reports SASL failures once, without the password', async () => {
    const handler: Handler = (key) => {
      if (key === 17) return cat(i16(0), arr([str('PLAIN')]));
      if (key === 36) return cat(i16(58), str('Authentication failed: bad password hunter2 for alice'), i32(-1), i64(0));
      return 'close';
    };
    const [a, b] = [await fakeBroker(handler), await fakeBroker(handler)];
    const p = probe([a.address, b.address], { sasl: { mechanism: 'plain', username: 'alice', password: 'hunter2' } });
    const r = await timed(() => p.fetchMetadata());
    expect(r.error).toBeInstanceOf(KafkaAuthError);
    expect(r.error?.message).toBe(`authentication failed (SASL PLAIN: Authentication failed: bad password *** for alice) at ${a.address}`);
    expect(b.connections).toBe(0);
    expect(a.requests).toEqual(['18v2', '17v1', '36v1']);
  });
});
