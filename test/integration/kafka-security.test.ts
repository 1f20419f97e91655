import { createPrivateKey } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import { poll, type PollResult } from '@/lib/collector/poll';
import { COLLECTOR } from '@/lib/collector/settings';
import { loadClusters } from '@/lib/config/load';
import type { ClusterConfig } from '@/lib/config/types';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { clusterSummary } from '@/lib/views/clusters';
import { PollBanner } from '@/components/parts/frame/PollBanner';
import { testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';
import { adminKafka, asAdmin, ca, password, releaseSecureCluster, secureCluster } from '../support/secure-cluster';

const TOPIC = `sec-${Date.now().toString(36)}`;
const GROUP = `${TOPIC}-group`;
const INTERVAL = 5000;
const DEADLINE = Math.floor(INTERVAL * COLLECTOR.deadlineFraction);
const EVERY_PHASE = ['brokerconfigs', 'configs', 'elr', 'groups', 'logdirs', 'metadata', 'offsets', 'quorum'];

const pollOnce = async (cfg: ClusterConfig): Promise<PollResult> => {
  const source = createKafkaSource(cfg);
  try {
    return await poll(source, { deadlineMs: DEADLINE, refreshConfigs: true, fullConfigs: true });
  } finally {
    await source.close();
  }
};
const failed = (r: PollResult) => r.phases.filter((p) => !p.ok).map((p) => `${p.name}: ${p.error ?? ''}`);

/** Kafkascope polls through every SASL mechanism and TLS mode Kafka offers, and says clearly when its settings do not fit. */
describe('Kafka security protocols', () => {
  let cluster: LocalCluster;
  let tmp: string;

  beforeAll(async () => {
    cluster = await secureCluster();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kafkascope-sec-'));
    await asAdmin(cluster, (admin) => admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 1, replicationFactor: 3 }], waitForLeaders: true }));
    const producer = adminKafka(cluster).producer();
    await producer.connect();
    await producer.send({ topic: TOPIC, messages: Array.from({ length: 10 }, (_, i) => ({ value: `m${i}` })) });
    await producer.disconnect();
    await asAdmin(cluster, (admin) => admin.setOffsets({ groupId: GROUP, topic: TOPIC, partitions: [{ partition: 0, offset: '5' }] }));
  });

  afterAll(async () => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    await releaseSecureCluster();
  });

  const kafkascope = (mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512') => ({ mechanism, username: 'kafkascope', password: password('kafkascope') });
  const modes: [string, () => ClusterConfig][] = [
    ['SASL/PLAIN', () => cfg(cluster.listener('sasl'), { sasl: kafkascope('plain') })],
    ['SASL/SCRAM-SHA-256', () => cfg(cluster.listener('sasl'), { sasl: kafkascope('scram-sha-256') })],
    ['SASL/SCRAM-SHA-512', () => cfg(cluster.listener('sasl'), { sasl: kafkascope('scram-sha-512') })],
    ['TLS with a custom CA', () => cfg(cluster.listener('ssl'), { ssl: { ca: ca(cluster), rejectUnauthorized: true } })],
    ['SASL/SCRAM-SHA-512 over TLS', () => cfg(cluster.listener('saslSsl'), { ssl: { ca: ca(cluster), rejectUnauthorized: true }, sasl: kafkascope('scram-sha-512') })],
  ];

  it.each(modes)('%s: every phase of a poll succeeds, and records can be read', async (_name, make) => {
    const config = make();
    const r = await pollOnce(config);
    expect(failed(r)).toEqual([]);
    expect(r.status).toBe('ok');
    expect(r.phases.map((p) => p.name).sort()).toEqual(EVERY_PHASE);
    expect(r.metadata?.brokers.map((b) => b.port).sort()).toEqual(config.brokers.map((b) => Number(b.split(':')[1])).sort());
    expect(r.metadata?.topics.map((t) => t.name)).toContain(TOPIC);
    expect(r.offsets?.find((o) => o.topic === TOPIC)?.endOffset).toBe(10n);
    expect(r.groups?.find((g) => g.groupId === GROUP)?.offsets).toEqual([{ topic: TOPIC, partition: 0, offset: 5n }]);
    const source = createKafkaSource(config);
    try {
      const [peek] = await source.peekRecords!(r.metadata!, [{ topic: TOPIC, partition: 0, offset: 5n }]);
      expect(peek?.time?.kind).toBe('record');
    } finally {
      await source.close();
    }
  });

  it('mTLS: a client certificate (PEM files, the key encrypted, its password from the environment) is the principal', async () => {
    const tls = cluster.tls;
    const keyFile = path.join(tmp, 'client-key.enc.pem');
    const key = createPrivateKey(fs.readFileSync(tls.clientKeyFile));
    fs.writeFileSync(keyFile, key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'key-secret' }));
    const file = path.join(tmp, 'mtls.yaml');
    fs.writeFileSync(
      file,
      [
        'clusters:',
        '  - id: mtls',
        `    brokers: ${cluster.listener('mtls').join(',')}`,
        `    ssl: { caFile: ${tls.caFile}, certFile: ${tls.clientCertFile}, keyFile: ${keyFile}, keyPassword: { env: CLIENT_KEY_PASSWORD } }`,
        '',
      ].join('\n'),
    );
    const [config] = loadClusters({ KAFKASCOPE_CONFIG: file, CLIENT_KEY_PASSWORD: 'key-secret' });
    const r = await pollOnce(config!);
    expect(failed(r)).toEqual([]);
    expect(r.groups?.find((g) => g.groupId === GROUP)?.offsets).toHaveLength(1);
    // The wrong key password is one line at start-up, naming the setting.
    expect(() => loadClusters({ KAFKASCOPE_CONFIG: file, CLIENT_KEY_PASSWORD: 'wrong' })).toThrow(
      `${file}: clusters[0].ssl.keyFile: ${keyFile} is not a PEM private key, or ${file}: clusters[0].ssl.keyPassword is wrong`,
    );
  });

  describe('settings that do not fit give a clear failed poll, within its deadline', () => {
    const cases: [string, () => ClusterConfig, RegExp][] = [
      [
        'a wrong SCRAM password',
        () => cfg(cluster.listener('sasl'), { sasl: { mechanism: 'scram-sha-512', username: 'kafkascope', password: 'wrong' } }),
        /^metadata: authentication failed \(SASL SCRAM-SHA-512: wrong username or password\) at 127\.0\.0\.1:\d+$/,
      ],
      [
        'a wrong PLAIN password',
        () => cfg(cluster.listener('sasl'), { sasl: { mechanism: 'plain', username: 'kafkascope', password: 'wrong' } }),
        /^metadata: authentication failed \(SASL PLAIN: wrong username or password\) at /,
      ],
      [
        'an unknown CA (the system CAs only)',
        () => cfg(cluster.listener('ssl'), { ssl: { rejectUnauthorized: true } }),
        /^metadata: TLS handshake failed: certificate signed by an unknown authority \([A-Z_]+\) at 127\.0\.0\.1:\d+; set ssl\.caFile/,
      ],
      ['a plaintext client on a TLS listener', () => cfg(cluster.listener('ssl'), {}), /^metadata: the listener at 127\.0\.0\.1:\d+ speaks TLS; set ssl$/],
      [
        'a TLS client on a SASL_PLAINTEXT listener',
        () => cfg(cluster.listener('sasl'), { ssl: { ca: ca(cluster), rejectUnauthorized: true }, sasl: kafkascope('plain') }),
        /^metadata: TLS handshake failed: the listener at 127\.0\.0\.1:\d+ does not speak TLS \(it answers plaintext Kafka requests\)/,
      ],
      [
        'no SASL on a SASL listener',
        () => cfg(cluster.listener('sasl'), {}),
        /^metadata: the listener at 127\.0\.0\.1:\d+ requires SASL authentication \(it offers PLAIN, SCRAM-SHA-256, SCRAM-SHA-512\); set sasl$/,
      ],
      [
        'SASL on a TLS listener without SASL',
        () => cfg(cluster.listener('ssl'), { ssl: { ca: ca(cluster), rejectUnauthorized: true }, sasl: kafkascope('scram-sha-512') }),
        /^metadata: the listener at 127\.0\.0\.1:\d+ does not use SASL; remove sasl/,
      ],
      [
        'no client certificate where the listener requires one',
        () => cfg(cluster.listener('mtls'), { ssl: { ca: ca(cluster), rejectUnauthorized: true } }),
        /^metadata: TLS handshake failed: .*client certificate/,
      ],
    ];
    it.each(cases)('%s', async (_name, make, message) => {
      const t0 = Date.now();
      const r = await pollOnce(make());
      console.log(`[security] ${_name}: ${r.error} (${r.durationMs} ms)`);
      expect(r.status).toBe('failed');
      expect(r.error).toMatch(message);
      expect(r.durationMs).toBeLessThan(DEADLINE);
      expect(Date.now() - t0).toBeLessThan(DEADLINE + 1000);
    });

    it('a TLS client on a plaintext listener', async () => {
      const plain = await testCluster();
      const r = await pollOnce(cfg(plain.brokers(), { ssl: { rejectUnauthorized: true } }));
      console.log(`[security] a TLS client on a PLAINTEXT listener: ${r.error} (${r.durationMs} ms)`);
      expect(r.error).toMatch(/^metadata: TLS handshake failed: the listener at 127\.0\.0\.1:\d+ does not speak TLS \(it answers plaintext Kafka requests\); remove ssl/);
      expect(r.durationMs).toBeLessThan(DEADLINE);
    });
  });

  describe('through the collector: the cluster’s status and the poll banner say why', () => {
    let database: TestDatabase;
    let db: Db;
    beforeAll(async () => {
      database = await freshDatabase();
      await migrate(database.url);
      db = createDb(database.url);
    });
    afterAll(async () => {
      await db?.$disconnect();
      await database?.drop();
    });

    it('a wrong password: unreachable with the reason, in the API’s shape and on the page', async () => {
      const wrong = 'not-the-password-4711';
      const config = cfg(cluster.listener('sasl'), { id: 'wrong-password', sasl: { mechanism: 'scram-sha-512', username: 'kafkascope', password: wrong } });
      const collector = new ClusterCollector(config, { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined });
      try {
        await collector.tick();
      } finally {
        await collector.stop();
      }
      const summary = await clusterSummary(db, config);
      expect(summary.lastPoll?.status).toBe('failed');
      expect(summary.status === 'unreachable' || summary.status === 'pending').toBe(true);
      expect(summary.statusReason).toMatch(/^authentication failed \(SASL SCRAM-SHA-512: wrong username or password\) at 127\.0\.0\.1:\d+$/);
      expect(JSON.stringify(summary)).not.toContain(wrong);
      const html = renderToStaticMarkup(createElement(PollBanner, { summary, error: null }));
      expect(html).toContain(`Cluster not reached yet: ${summary.statusReason}`);
    });
  });
});

function cfg(brokers: string[], over: Partial<ClusterConfig>): ClusterConfig {
  return { id: 'sec', name: 'sec', brokers, pollIntervalMs: INTERVAL, ...over };
}
