import { describe, expect, it } from 'vitest';
import { describeEvent, eventText } from '@/lib/client/event-text';

describe('event sentences', () => {
  it('reads as a sentence naming its subject; an undecodable event says so instead of failing', () => {
    expect(eventText({ type: 'BROKER_DOWN', brokerId: 3, topic: null, partition: null, details: { host: 'h', port: 9092, rack: 'r3' } })).toMatch(/^Broker 3 .*down/i);
    expect(eventText({ type: 'ALERT_FIRED', brokerId: 3, topic: null, partition: null, details: { fingerprint: 'broker-down|broker=3', rule: 'broker-down', severity: 'critical', summary: 'Broker 3 down (h:9092)', labels: {} } })).toContain('Broker 3 down (h:9092)');
    const unreadable = { type: 'UNREADABLE', storedType: 'OLD_TYPE', brokerId: null, topic: null, partition: null, details: {} } as unknown as Parameters<typeof describeEvent>[0];
    expect(describeEvent(unreadable)).toEqual(['Unreadable event of type OLD_TYPE (details could not be decoded)']);
  });
});
