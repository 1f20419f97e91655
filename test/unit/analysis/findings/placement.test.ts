import { describe, expect, it } from 'vitest';
import { evaluateFindings } from '@/lib/analysis/findings';
import { input, partitions, topic } from './fixture';

const only = (rule: string, xs: ReturnType<typeof evaluateFindings>) => xs.filter((f) => f.rule === rule);

describe('racks', () => {
  const brokers = (racks: (string | null)[]) => racks.map((rack, i) => ({ id: i + 1, host: `k${i + 1}`, port: 9092, rack, up: true }));

  it('no rack on a multi-broker cluster is info', () => {
    expect(only('no-racks', evaluateFindings(input({ brokers: brokers([null, null, null]) })))).toHaveLength(1);
    expect(only('no-racks', evaluateFindings(input({ brokers: brokers([null]) })))).toHaveLength(0);
  });

  it('racks on some brokers only is a warning naming the others', () => {
    const [f] = only('racks-partial', evaluateFindings(input({ brokers: brokers(['a', 'b', null]) })));
    expect(f).toMatchObject({ severity: 'warning', title: 'Broker 3 has no rack while others do' });
  });

  it('partitions with every replica in one rack, and a plan that spreads them keeping the leader', () => {
    const b = brokers(['a', 'a', 'b']);
    const t = topic('orders', { partitions: [{ partition: 0, leader: 1, replicas: [1, 2], isr: [1, 2], elr: null, startOffset: 0n, endOffset: 1n }] });
    const [f] = only('single-rack', evaluateFindings(input({ brokers: b, topics: [t] })));
    expect(f?.title).toBe('orders: 1 partition with every replica in rack a');
    expect(JSON.parse(f!.fix.files![0]!.content).partitions).toEqual([{ topic: 'orders', partition: 0, replicas: [1, 3] }]);
  });
});

describe('leadership', () => {
  it('a broker leading far more than its share, fixed by a preferred election when preferred replicas can lead', () => {
    const ps = partitions(6, 3).map((p) => ({ ...p, leader: p.replicas.includes(1) ? 1 : p.leader }));
    const fs = evaluateFindings(input({ topics: [topic('orders', { partitions: ps })] }));
    const [skew] = only('leader-skew', fs);
    expect(skew).toMatchObject({ subject: { kind: 'broker', brokerId: 1 }, title: 'Broker 1 leads 6 of 6 partitions (fair share 2)' });
    expect(skew?.fix.commands[0]?.line).toBe('kafka-leader-election.sh --bootstrap-server k1:9092 --election-type PREFERRED --all-topic-partitions');
    expect(only('preferred-leader', fs)[0]?.title).toBe('4 partitions not led by their preferred replica');
  });
});

describe('impaired right now', () => {
  const down = [1, 2, 3].map((id) => ({ id, host: `k${id}`, port: 9092, rack: `r${id}`, up: id !== 1 }));

  it('offline partitions: with an eligible replica they come back cleanly', () => {
    const t = topic('pay', { partitions: [{ partition: 0, leader: -1, replicas: [1, 2, 3], isr: [], elr: [2], startOffset: 0n, endOffset: 5n }] });
    const [f] = only('partitions-offline', evaluateFindings(input({ brokers: down, topics: [t] })));
    expect(f?.severity).toBe('critical');
    expect(f?.impact).toContain('comes back cleanly');
  });

  it('offline partitions without an eligible replica: only the lost broker or an unclean election', () => {
    const t = topic('pay', { partitions: [{ partition: 0, leader: -1, replicas: [1], isr: [], elr: [], startOffset: 0n, endOffset: 5n }] });
    const [f] = only('partitions-offline', evaluateFindings(input({ brokers: down, topics: [t] })));
    expect(f?.impact).toContain('unclean election');
    expect(f?.fix.summary).toContain('Bring back broker 1');
  });

  it('ELR not read: no claim either way', () => {
    const t = topic('pay', { partitions: [{ partition: 0, leader: -1, replicas: [1], isr: [], elr: null, startOffset: 0n, endOffset: 5n }] });
    expect(only('partitions-offline', evaluateFindings(input({ brokers: down, topics: [t] })))[0]?.impact).toBe('No leader: every read and write of it fails now.');
  });

  it('under min ISR and under-replicated are separate, each partition counted once', () => {
    const ps = partitions(3, 3).map((p, i) => ({ ...p, isr: i === 0 ? [p.replicas[0]!] : i === 1 ? p.replicas.slice(0, 2) : p.replicas }));
    const fs = evaluateFindings(input({ topics: [topic('orders', { partitions: ps })] }));
    expect(only('partitions-under-min-isr', fs)[0]?.facts.partitions).toEqual([0]);
    expect(only('partitions-under-replicated', fs)[0]?.facts.partitions).toEqual([1]);
  });
});
