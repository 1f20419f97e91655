import type { ClusterConfig } from '@/lib/config/types';
import { KafkaProbe } from '@/lib/kafka';
import { groupsReader, readTopicConfigs } from './groups-and-configs';
import { COLLECTOR } from './settings';
import type { ClusterSource } from './source';

/** The real ClusterSource: everything through lib/kafka's tolerant protocol client. */
export function createKafkaSource(cfg: ClusterConfig): ClusterSource {
  const probe = new KafkaProbe({
    brokers: cfg.brokers,
    clientId: 'kafkascope',
    ssl: cfg.ssl,
    sasl: cfg.sasl,
    connectTimeoutMs: COLLECTOR.connectTimeoutMs,
    requestTimeoutMs: COLLECTOR.requestTimeoutMs,
  });
  const groups = groupsReader(probe);
  return {
    fetchMetadata: () => probe.fetchMetadata(),
    describeQuorum: () => probe.describeQuorum(),
    listOffsets: (meta) => probe.listOffsets(meta),
    describeLogDirs: (id) => probe.describeLogDirs(id),
    topicConfigs: (topics) => readTopicConfigs(probe, topics),
    groups,
    close: () => probe.close(),
  };
}
