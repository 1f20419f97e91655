// DescribeConfigs' config_source codes, named as kafka-configs prints them. Those are the Admin
// client's names, not the wire enum's: code 1 is TOPIC_CONFIG on the wire but DYNAMIC_TOPIC_CONFIG
// in the tool, 7 and 8 likewise gain a DYNAMIC_ prefix.
import type { ConfigSourceName } from './types';

const NAMES: readonly ConfigSourceName[] = [
  'UNKNOWN',
  'DYNAMIC_TOPIC_CONFIG',
  'DYNAMIC_BROKER_CONFIG',
  'DYNAMIC_DEFAULT_BROKER_CONFIG',
  'STATIC_BROKER_CONFIG',
  'DEFAULT_CONFIG',
  'DYNAMIC_BROKER_LOGGER_CONFIG',
  'DYNAMIC_CLIENT_METRICS_CONFIG',
  'DYNAMIC_GROUP_CONFIG',
];

/** Codes a newer broker may add read as UNKNOWN, as the Admin client reads them. */
export const configSourceName = (code: number): ConfigSourceName => NAMES[code] ?? 'UNKNOWN';
