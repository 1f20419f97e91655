import { describe, expect, it } from 'vitest';
import { CONTROLLER_PORT_OFFSET, DEFAULT_BASE_PORT, EPHEMERAL_PORTS_FROM, NODE_IDS, nodeHeap } from '@/dev/kafka/config';
import { DEFAULT_SECURE_BASE_PORT, EXTRA_PORT_OFFSETS } from '@/dev/kafka/secure';
import { testClusterOptions } from '@/test/support/cluster';
import { secureClusterOptions } from '@/test/support/secure-cluster';

describe('nodeHeap', () => {
  it('is 320m unless KAFKA_NODE_HEAP says otherwise', () => {
    expect(nodeHeap({})).toBe('320m');
    expect(nodeHeap({ KAFKA_NODE_HEAP: '1G' })).toBe('1g');
    expect(nodeHeap({ KAFKA_NODE_HEAP: ' 1536m ' })).toBe('1536m');
  });

  it('refuses what is not a JVM heap size, naming the variable', () => {
    for (const bad of ['1', '1gb', '-1g', '0m', '1.5g', '1g -XX:+Foo']) {
      expect(() => nodeHeap({ KAFKA_NODE_HEAP: bad })).toThrow(/^KAFKA_NODE_HEAP: /);
    }
  });
});

describe('default ports', () => {
  const highest = (base: number) => base + Math.max(CONTROLLER_PORT_OFFSET, ...EXTRA_PORT_OFFSETS) + NODE_IDS.length - 1;

  it('of the demo, secured, test and secured test clusters lie below the ephemeral range, apart from each other', () => {
    const bases = [DEFAULT_BASE_PORT, DEFAULT_SECURE_BASE_PORT, testClusterOptions({}).basePort, secureClusterOptions({}).basePort];
    for (const base of bases) expect(highest(base), `base ${base}`).toBeLessThan(EPHEMERAL_PORTS_FROM);
    const sorted = [...bases].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!, `${sorted[i - 1]} and ${sorted[i]}`).toBeGreaterThan(highest(0));
  });
});
