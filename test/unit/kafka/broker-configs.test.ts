// DescribeConfigs v4 with synonyms and broker resources, against fixtures assembled field by field
// from Kafka 4.1's DescribeConfigs{Request,Response}.json; and which broker KafkaProbe asks.
import { afterEach, describe, expect, it } from 'vitest';
import { KafkaProbe, KafkaResponseError } from '@/lib/kafka';
import { describeBrokerConfigsRequest } from '@/lib/kafka/broker-configs';
import { configSourceName } from '@/lib/kafka/config-source';
import { describeConfigsRequest } from '@/lib/kafka/describe-configs';
import { TAGS, bool, carr, cat, cstr, hex, i16, i32, i8, uvar } from './bytes';
import { closeFakes, fakeBroker } from './fake-broker';

const encoded = async (r: { request: { encode(): Promise<{ buffer: Buffer }> } }) => hex((await r.request.encode()).buffer);
const decode = (r: { response: { decode(b: Buffer): Promise<unknown> } }, body: Buffer) => r.response.decode(cat(TAGS, body));

const synonym = (name: string, value: string | null, source: number) => cat(cstr(name), cstr(value), i8(source), TAGS);
/** name | value | read_only | config_source | is_sensitive | synonyms | config_type | documentation | tags */
const entry = (name: string, value: string | null, source: number, o: { ro?: boolean; sensitive?: boolean; syn?: Buffer[] } = {}) =>
  cat(cstr(name), cstr(value), bool(o.ro ?? false), i8(source), bool(o.sensitive ?? false), carr(o.syn ?? []), i8(3), cstr(null), TAGS);
const result = (type: number, name: string, entries: Buffer[], err = 0, msg: string | null = null) =>
  cat(i16(err), cstr(msg), i8(type), cstr(name), carr(entries), TAGS);
const response = (...results: Buffer[]) => cat(i32(0), carr(results), TAGS);

describe('config sources', () => {
  it('are named as kafka-configs prints them; unknown codes read as UNKNOWN', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1].map(configSourceName)).toEqual([
      'UNKNOWN', 'DYNAMIC_TOPIC_CONFIG', 'DYNAMIC_BROKER_CONFIG', 'DYNAMIC_DEFAULT_BROKER_CONFIG', 'STATIC_BROKER_CONFIG',
      'DEFAULT_CONFIG', 'DYNAMIC_BROKER_LOGGER_CONFIG', 'DYNAMIC_CLIENT_METRICS_CONFIG', 'DYNAMIC_GROUP_CONFIG', 'UNKNOWN', 'UNKNOWN',
    ]);
  });
});

describe('DescribeConfigs v4 for brokers and with synonyms', () => {
  it('asks one broker (or the cluster default, name "") for every config', async () => {
    // header tags | resources: [type, name, keys = null, tags] | include_synonyms | include_documentation | tags
    expect(await encoded(describeBrokerConfigsRequest(4, 1, true))).toBe(hex(cat(TAGS, carr([cat(i8(4), cstr('1'), uvar(0), TAGS)]), bool(true), bool(false), TAGS)));
    expect(await encoded(describeBrokerConfigsRequest(4, null, false))).toBe(hex(cat(TAGS, carr([cat(i8(4), cstr(''), uvar(0), TAGS)]), bool(false), bool(false), TAGS)));
    expect(await encoded(describeConfigsRequest(4, ['t'], null, true))).toBe(hex(cat(TAGS, carr([cat(i8(2), cstr('t'), uvar(0), TAGS)]), bool(true), bool(false), TAGS)));
  });

  const body = response(
    result(4, '1', [
      entry('log.cleaner.threads', '2', 2, { syn: [synonym('log.cleaner.threads', '2', 2), synonym('log.cleaner.threads', '1', 4), synonym('log.cleaner.threads', '1', 5)] }),
      entry('broker.rack', 'r1', 4, { ro: true, syn: [synonym('broker.rack', 'r1', 4)] }),
      // brokers send null for sensitive values; one that did not must still not leak
      entry('ssl.key.password', 'hunter2', 4, { sensitive: true, syn: [synonym('ssl.key.password', 'hunter2', 4)] }),
      entry('future.config', 'x', 42),
    ]),
  );

  it('reads every entry with its source name, read-only, sensitive and synonyms, sorted by name', async () => {
    expect(await decode(describeBrokerConfigsRequest(4, 1, true), body)).toEqual({
      brokerId: 1,
      entries: [
        { name: 'broker.rack', value: 'r1', source: 4, sourceName: 'STATIC_BROKER_CONFIG', readOnly: true, sensitive: false,
          synonyms: [{ name: 'broker.rack', value: 'r1', source: 4, sourceName: 'STATIC_BROKER_CONFIG' }] },
        { name: 'future.config', value: 'x', source: 42, sourceName: 'UNKNOWN', readOnly: false, sensitive: false, synonyms: [] },
        { name: 'log.cleaner.threads', value: '2', source: 2, sourceName: 'DYNAMIC_BROKER_CONFIG', readOnly: false, sensitive: false,
          synonyms: [
            { name: 'log.cleaner.threads', value: '2', source: 2, sourceName: 'DYNAMIC_BROKER_CONFIG' },
            { name: 'log.cleaner.threads', value: '1', source: 4, sourceName: 'STATIC_BROKER_CONFIG' },
            { name: 'log.cleaner.threads', value: '1', source: 5, sourceName: 'DEFAULT_CONFIG' },
          ] },
        { name: 'ssl.key.password', value: null, source: 4, sourceName: 'STATIC_BROKER_CONFIG', readOnly: false, sensitive: true,
          synonyms: [{ name: 'ssl.key.password', value: null, source: 4, sourceName: 'STATIC_BROKER_CONFIG' }] },
      ],
    });
  });

  it('leaves synonyms out when they were not asked for', async () => {
    const r = (await decode(describeBrokerConfigsRequest(4, 1, false), body)) as { entries: object[] };
    expect(r.entries.every((e) => !('synonyms' in e))).toBe(true);
  });

  it('turns a resource error or a missing result into KafkaResponseError', async () => {
    const refused = response(result(4, '2', [], 42, 'Unexpected broker id, expected 1 or empty string, but received 2'));
    await expect(decode(describeBrokerConfigsRequest(4, 2, false), refused)).rejects.toThrow(
      new KafkaResponseError('DescribeConfigs of broker 2 failed: INVALID_REQUEST (42): Unexpected broker id, expected 1 or empty string, but received 2'),
    );
    await expect(decode(describeBrokerConfigsRequest(4, null, false), body)).rejects.toThrow('DescribeConfigs returned nothing for the broker defaults');
  });
});

describe('KafkaProbe.describeBrokerConfigs against fake brokers', () => {
  afterEach(closeFakes);

  it('asks the broker itself for its configs, and any broker for the cluster defaults', async () => {
    const asked: string[] = [];
    let ports: number[] = [];
    const metadata = (): Buffer => cat(TAGS, i32(0),
      carr(ports.map((port, i) => cat(i32(i + 1), cstr('127.0.0.1'), i32(port), cstr(null), TAGS))), cstr('fake'), i32(1), carr([]), i16(0), TAGS);
    const fakes = await Promise.all([1, 2].map((id) =>
      fakeBroker((key, _v, body) => {
        if (key === 3) return metadata();
        if (key !== 32) return 'close';
        asked.push(`${id}:${hex(body)}`);
        const name = body.subarray(4, 3 + body[3]!).toString(); // tags, array length, type, compact name
        return cat(TAGS, response(result(4, name, [entry('broker.id', String(id), 4)])));
      }),
    ));
    ports = fakes.map((f) => f.port);
    const probe = new KafkaProbe({ brokers: [fakes[0]!.address], connectTimeoutMs: 300, requestTimeoutMs: 300 });
    try {
      expect((await probe.describeBrokerConfigs(2)).entries).toMatchObject([{ name: 'broker.id', value: '2', sourceName: 'STATIC_BROKER_CONFIG' }]);
      expect(await probe.describeBrokerConfigs(null)).toMatchObject({ brokerId: null, entries: [{ value: '1' }] });
      const req = (name: string) => hex(cat(TAGS, carr([cat(i8(4), cstr(name), uvar(0), TAGS)]), bool(false), bool(false), TAGS));
      expect(asked).toEqual([`2:${req('2')}`, `1:${req('')}`]);
      await expect(probe.describeBrokerConfigs(7)).rejects.toThrow('broker 7 is not in the cluster metadata');
    } finally {
      await probe.close();
    }
  });
});
