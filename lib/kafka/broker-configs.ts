// DescribeConfigs for broker resources (type 4). A broker knows its static configs
// (server.properties) only for itself and refuses another broker's id, so the request for broker N
// must go to broker N — as Kafka's Admin client does. The name "" asks any broker for the
// cluster-wide dynamic defaults (`kafka-configs --entity-default`).
import type { BrokerConfigResult } from './types';
import { DESCRIBE_CONFIGS_KEY, readConfigResults, writeConfigResources } from './describe-configs';
import { KafkaResponseError, flexibleRequest } from './wire';

export const RESOURCE_BROKER = 4;

/** `brokerId` null = the cluster-wide dynamic defaults. */
export const describeBrokerConfigsRequest = (version: number, brokerId: number | null, includeSynonyms: boolean) => {
  const name = brokerId === null ? '' : String(brokerId);
  return flexibleRequest<BrokerConfigResult>({
    apiKey: DESCRIBE_CONFIGS_KEY,
    apiName: 'DescribeConfigs',
    version,
    writeBody: (e) => writeConfigResources(e, [{ type: RESOURCE_BROKER, name, keys: null }], includeSynonyms),
    readBody: (d) => {
      const result = readConfigResults(d, includeSynonyms).find((r) => r.type === RESOURCE_BROKER && r.name === name);
      const what = brokerId === null ? 'the broker defaults' : `broker ${brokerId}`;
      if (!result) throw new KafkaResponseError(`DescribeConfigs returned nothing for ${what}`);
      if (result.error) throw new KafkaResponseError(`DescribeConfigs of ${what} failed: ${result.error}`);
      return { brokerId, entries: result.entries };
    },
  });
};
