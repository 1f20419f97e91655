// DescribeConfigs (API key 32), version 4 (flexible; Kafka 4.1 accepts 1-4, kafkajs stops at 2).
// Values are effective ones (broker and cluster defaults applied); config_source tells where
// each comes from (1 = TOPIC_CONFIG, i.e. a topic override).
import type { KjsDecoder, KjsEncoder } from './internals';
import { configSourceName } from './config-source';
import type { ConfigEntry, ConfigSynonym, TopicConfigResult } from './types';
import { errorText, flexibleRequest, readCompactArray, readCompactString, skipTags, writeCompactArray, writeCompactStrings, writeTags } from './wire';

export const DESCRIBE_CONFIGS_KEY = 32;
export const DESCRIBE_CONFIGS_VERSIONS = [4, 4] as const;
export const RESOURCE_TOPIC = 2;

export interface ConfigResource {
  type: number;
  name: string;
  /** null = every config */
  keys: readonly string[] | null;
}

export function writeConfigResources(e: KjsEncoder, resources: readonly ConfigResource[], includeSynonyms: boolean): void {
  writeCompactArray(e, resources, (x, r) => {
    x.writeInt8(r.type);
    x.writeUVarIntString(r.name);
    writeCompactStrings(x, r.keys);
    writeTags(x);
  });
  e.writeBoolean(includeSynonyms);
  e.writeBoolean(false); // include_documentation
  writeTags(e);
}

export function writeDescribeConfigsRequest(e: KjsEncoder, topics: readonly string[], keys: readonly string[] | null, includeSynonyms = false): void {
  writeConfigResources(e, topics.map((name) => ({ type: RESOURCE_TOPIC, name, keys })), includeSynonyms);
}

function readSynonym(d: KjsDecoder): ConfigSynonym {
  const name = readCompactString(d);
  const value = d.readUVarIntString();
  const source = d.readInt8();
  skipTags(d);
  return { name, value, source, sourceName: configSourceName(source) };
}

function readEntry(d: KjsDecoder, withSynonyms: boolean): ConfigEntry {
  const name = readCompactString(d);
  const value = d.readUVarIntString();
  const readOnly = d.readBoolean();
  const source = d.readInt8();
  const sensitive = d.readBoolean();
  const synonyms = readCompactArray(d, readSynonym);
  d.readInt8(); // config_type
  d.readUVarIntString(); // documentation
  skipTags(d);
  // Brokers already send null for sensitive values; never pass one on if one ever did.
  const entry: ConfigEntry = { name, value: sensitive ? null : value, source, sourceName: configSourceName(source), readOnly, sensitive };
  if (withSynonyms) entry.synonyms = sensitive ? synonyms.map((s) => ({ ...s, value: null })) : synonyms;
  return entry;
}

export interface ConfigResourceResult {
  type: number;
  name: string;
  entries: ConfigEntry[];
  error: string | null;
}

/** Every resource's result, entries sorted by name (as kafka-configs prints them). */
export function readConfigResults(d: KjsDecoder, withSynonyms: boolean): ConfigResourceResult[] {
  d.readInt32(); // throttle_time_ms
  const results = readCompactArray(d, (x) => {
    const errorCode = x.readInt16();
    const errorMessage = x.readUVarIntString();
    const type = x.readInt8();
    const name = readCompactString(x);
    const entries = readCompactArray(x, (y) => readEntry(y, withSynonyms)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    skipTags(x);
    return { type, name, entries, error: errorCode === 0 ? null : errorText(errorCode, errorMessage) };
  });
  skipTags(d);
  return results;
}

/** Topic results only (other resource types are skipped). */
export function readDescribeConfigsResponse(d: KjsDecoder, withSynonyms = false): TopicConfigResult[] {
  return readConfigResults(d, withSynonyms)
    .filter((r) => r.type === RESOURCE_TOPIC)
    .map(({ name, entries, error }) => ({ topic: name, entries, error }));
}

export const describeConfigsRequest = (version: number, topics: readonly string[], keys: readonly string[] | null, includeSynonyms = false) =>
  flexibleRequest({
    apiKey: DESCRIBE_CONFIGS_KEY,
    apiName: 'DescribeConfigs',
    version,
    writeBody: (e) => writeDescribeConfigsRequest(e, topics, keys, includeSynonyms),
    readBody: (d) => readDescribeConfigsResponse(d, includeSynonyms),
  });
