import { describe, expect, it } from 'vitest';
import { nodeHeap } from '@/dev/kafka/config';

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
