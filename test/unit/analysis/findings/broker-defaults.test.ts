import { describe, expect, it } from 'vitest';
import { evaluateFindings } from '@/lib/analysis/findings';
import { input } from './fixture';

const cfg = (over: Record<string, [string, boolean]>) => {
  const base = input().brokerConfig!;
  const out = { ...base };
  for (const [k, [value, readOnly]] of Object.entries(over)) out[k] = { value, source: 'STATIC_BROKER_CONFIG', readOnly };
  return out;
};

describe('broker defaults that recreate the incident', () => {
  it('auto-created topics with one replica is critical; the read-only default is changed in server.properties', () => {
    const fs = evaluateFindings(input({ brokerConfig: cfg({ 'auto.create.topics.enable': ['true', true], 'default.replication.factor': ['1', true] }) }));
    const [f] = fs.filter((x) => x.rule === 'auto-create-rf1');
    expect(f?.severity).toBe('critical');
    expect(f?.fix.summary).toContain('server.properties of broker 1, 2, 3');
    expect(f?.fix.commands).toEqual([]);
  });

  it('min.insync.replicas=1 by default is a warning fixed with a cluster-wide dynamic default', () => {
    const [f] = evaluateFindings(input({ brokerConfig: cfg({ 'min.insync.replicas': ['1', false] }) })).filter((x) => x.rule === 'broker-min-isr-one');
    expect(f?.fix.commands[0]?.line).toBe('kafka-configs.sh --bootstrap-server k1:9092 --alter --entity-type brokers --entity-default --add-config min.insync.replicas=2');
  });

  it('nothing is said before the broker configs were read', () => {
    expect(evaluateFindings(input({ brokerConfig: null }))).toEqual([]);
  });
});
