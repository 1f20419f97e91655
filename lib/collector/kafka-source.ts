import type { Admin } from 'kafkajs';
import type { ClusterConfig } from '@/lib/config/types';
import { KafkaProbe } from '@/lib/kafka';
import { createAdmin, readGroups, readTopicConfigs } from './kafkajs-admin';
import { COLLECTOR } from './settings';
import type { ClusterSource } from './source';

/** The real ClusterSource: lib/kafka's tolerant protocol client plus kafkajs' admin. */
export function createKafkaSource(cfg: ClusterConfig): ClusterSource {
  const probe = new KafkaProbe({
    brokers: cfg.brokers,
    clientId: 'kafkascope',
    ssl: cfg.ssl,
    sasl: cfg.sasl,
    connectTimeoutMs: COLLECTOR.connectTimeoutMs,
    requestTimeoutMs: COLLECTOR.requestTimeoutMs,
  });
  let admin: Admin | null = null;
  const connected = async (): Promise<Admin> => {
    if (!admin) {
      const a = createAdmin(cfg);
      await a.connect();
      admin = a;
    }
    return admin;
  };
  const dropAdmin = async () => {
    const a = admin;
    admin = null;
    await a?.disconnect().catch(() => undefined);
  };
  const withAdmin = async <T>(f: (a: Admin) => Promise<T>): Promise<T> => {
    try {
      return await f(await connected());
    } catch (e) {
      await dropAdmin(); // reconnect next time: kafkajs keeps broken connections otherwise
      throw e;
    }
  };
  return {
    fetchMetadata: () => probe.fetchMetadata(),
    describeQuorum: () => probe.describeQuorum(),
    listOffsets: (meta) => probe.listOffsets(meta),
    describeLogDirs: (id) => probe.describeLogDirs(id),
    topicConfigs: (topics) => withAdmin((a) => readTopicConfigs(a, topics)),
    groups: () => withAdmin((a) => readGroups(a)),
    async close() {
      await Promise.all([probe.close(), dropAdmin()]);
    },
  };
}
