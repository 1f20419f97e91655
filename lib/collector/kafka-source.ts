import type { RecordTime } from '@/lib/analysis/group-lag';
import type { ClusterConfig } from '@/lib/config/types';
import { KafkaProbe, type PeekResult } from '@/lib/kafka';
import { groupsReader, readTopicConfigs } from './groups-and-configs';
import { PartialPhaseError, deniedCode, notAuthorized } from './partial';
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
    topicConfigs: (topics, full) => readTopicConfigs(probe, topics, full),
    describeTopicPartitions: (topics) => probe.describeTopicPartitions(topics),
    brokerConfigs: async (ids) => {
      // One that does not answer is left out; the phase fails only if none answers.
      const results = await Promise.allSettled(ids.map((id) => probe.describeBrokerConfigs(id)));
      const ok = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      if (ok.length === 0 && results[0]?.status === 'rejected') throw results[0].reason;
      return ok;
    },
    groups,
    peekRecords: async (meta, wanted) => {
      const results = await probe.peekRecords(meta, wanted);
      const outcomes = results.map((r) => ({ topic: r.topic, partition: r.partition, offset: r.fetchOffset, time: recordTime(r) }));
      // Without Read on a topic its records cannot be read: lag in seconds falls back to an estimate.
      const denied = results.flatMap((r) => (r.kind === 'error' && deniedCode(r.error) ? [r] : []));
      const first = denied[0];
      if (first && first.kind === 'error') {
        throw new PartialPhaseError(notAuthorized('timestamps', deniedCode(first.error) ?? '', [...new Set(denied.map((r) => r.topic))]), outcomes);
      }
      return outcomes;
    },
    close: () => probe.close(),
  };
}

/** What a peek says about the record at the asked offset, for lag in seconds (null: nothing usable). */
export function recordTime(r: PeekResult): RecordTime | null {
  switch (r.kind) {
    case 'record':
      return { offset: r.fetchOffset, kind: 'record', timestamp: r.timestamp };
    case 'batch':
      return { offset: r.fetchOffset, kind: 'batch', timestamp: r.firstTimestamp };
    case 'none':
      // Only transaction markers up to the high watermark: nothing left to consume.
      return r.reason === 'end-of-log' ? { offset: r.fetchOffset, kind: 'nothing-to-read' } : null;
    default:
      return null;
  }
}
