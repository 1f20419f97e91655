// DescribeConfigs (API key 32), version 4 (flexible; Kafka 4.1 accepts 1-4, kafkajs stops at 2).
// Values are effective ones (broker and cluster defaults applied); config_source tells where
// each comes from (1 = TOPIC_CONFIG, i.e. a topic override).
import type { KjsDecoder, KjsEncoder } from './internals';
import type { ConfigEntry, TopicConfigResult } from './types';
import { errorText, flexibleRequest, readCompactArray, readCompactString, skipTags, writeCompactArray, writeCompactStrings, writeTags } from './wire';

export const DESCRIBE_CONFIGS_KEY = 32;
export const DESCRIBE_CONFIGS_VERSIONS = [4, 4] as const;
export const RESOURCE_TOPIC = 2;

export function writeDescribeConfigsRequest(e: KjsEncoder, topics: readonly string[], keys: readonly string[] | null): void {
  writeCompactArray(e, topics, (x, name) => {
    x.writeInt8(RESOURCE_TOPIC);
    x.writeUVarIntString(name);
    writeCompactStrings(x, keys);
    writeTags(x);
  });
  e.writeBoolean(false); // include_synonyms
  e.writeBoolean(false); // include_documentation
  writeTags(e);
}

function readEntry(d: KjsDecoder): ConfigEntry {
  const name = readCompactString(d);
  const value = d.readUVarIntString();
  const readOnly = d.readBoolean();
  const source = d.readInt8();
  const sensitive = d.readBoolean();
  readCompactArray(d, (x) => {
    readCompactString(x); // synonym name
    x.readUVarIntString(); // value
    x.readInt8(); // source
    skipTags(x);
  });
  d.readInt8(); // config_type
  d.readUVarIntString(); // documentation
  skipTags(d);
  return { name, value, source, readOnly, sensitive };
}

/** Topic results only (other resource types are skipped). */
export function readDescribeConfigsResponse(d: KjsDecoder): TopicConfigResult[] {
  d.readInt32(); // throttle_time_ms
  const results = readCompactArray(d, (x) => {
    const errorCode = x.readInt16();
    const errorMessage = x.readUVarIntString();
    const type = x.readInt8();
    const topic = readCompactString(x);
    const entries = readCompactArray(x, readEntry).sort((a, b) => a.name.localeCompare(b.name));
    skipTags(x);
    return { type, topic, entries, error: errorCode === 0 ? null : errorText(errorCode, errorMessage) };
  });
  skipTags(d);
  return results.filter((r) => r.type === RESOURCE_TOPIC).map(({ topic, entries, error }) => ({ topic, entries, error }));
}

export const describeConfigsRequest = (version: number, topics: readonly string[], keys: readonly string[] | null) =>
  flexibleRequest({
    apiKey: DESCRIBE_CONFIGS_KEY,
    apiName: 'DescribeConfigs',
    version,
    writeBody: (e) => writeDescribeConfigsRequest(e, topics, keys),
    readBody: readDescribeConfigsResponse,
  });
