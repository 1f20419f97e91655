// Every config of every topic and broker, when a poll read them in full (every few minutes).
import type { ConfigEntry } from '@/lib/model/observation';
import type { StoredConfigEntry } from '@/lib/model/stored';
import type { PollRecord, Tx } from './record-poll';

/** As stored and served: the entry without the wire's numeric source code. */
const stored = (e: ConfigEntry): StoredConfigEntry => ({ name: e.name, value: e.value, source: e.sourceName, readOnly: e.readOnly, sensitive: e.sensitive });

export async function writeConfigs(tx: Tx, rec: PollRecord): Promise<void> {
  const { clusterId, poll } = rec;
  const at = poll.startedAt;
  if (poll.configEntries) {
    const rows = [...poll.configEntries].map(([topic, entries]) => ({ topic, entries: entries.map(stored) }));
    if (rows.length > 0) {
      await tx.$executeRaw`
        INSERT INTO topic_config (cluster_id, topic, entries, read_at)
        SELECT ${clusterId}, x.topic, x.entries, ${at} FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(topic text, entries jsonb)
        ON CONFLICT (cluster_id, topic) DO UPDATE SET entries = EXCLUDED.entries, read_at = EXCLUDED.read_at`;
    }
    await tx.topicConfig.deleteMany({ where: { clusterId, topic: { notIn: rec.state.topics.map((t) => t.name) } } });
  }
  if (poll.brokerConfigs && poll.brokerConfigs.length > 0) {
    const rows = poll.brokerConfigs.flatMap((b) => (b.brokerId === null ? [] : [{ broker: b.brokerId, entries: b.entries.map(stored) }]));
    await tx.$executeRaw`
      INSERT INTO broker_config (cluster_id, broker_id, entries, read_at)
      SELECT ${clusterId}, x.broker, x.entries, ${at} FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(broker int, entries jsonb)
      ON CONFLICT (cluster_id, broker_id) DO UPDATE SET entries = EXCLUDED.entries, read_at = EXCLUDED.read_at`;
  }
}
