import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KAFKA_VERSION } from '@/dev/kafka/jars';

// No container engine runs here: docker-compose.yml is checked by Compose itself (Debian's
// docker-compose package; .ci/run installs it) and against what the rest of the repository says.
function compose(args: string[]) {
  const r = spawnSync('docker-compose', ['-f', 'docker-compose.yml', ...args], { encoding: 'utf8' });
  if (r.error) throw new Error(`docker-compose is needed for this test (apt-get install docker-compose): ${r.error.message}`);
  return r;
}

type Service = { image?: string; build?: unknown; command?: string[]; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; healthcheck?: unknown; ports?: unknown[] };

describe('docker-compose.yml', () => {
  it('is valid Compose', () => {
    const r = compose(['config', '-q']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('runs a 3-node KRaft cluster of the Kafka version dev/kafka runs, Postgres, the demo workload and Kafkascope', () => {
    const services = (parse(compose(['config']).stdout) as { services: Record<string, Service> }).services;
    expect(Object.keys(services).sort()).toEqual(['demo', 'kafka-1', 'kafka-2', 'kafka-3', 'kafkascope', 'postgres']);
    const voters = '1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093';
    for (const id of [1, 2, 3]) {
      const kafka = services[`kafka-${id}`]!;
      expect(kafka.image).toBe(`apache/kafka:${KAFKA_VERSION}`);
      expect(kafka.environment).toMatchObject({
        KAFKA_NODE_ID: String(id),
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_CONTROLLER_QUORUM_VOTERS: voters,
        KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://kafka-${id}:9092`,
      });
      expect(kafka.healthcheck).toBeDefined();
    }
    const brokers = 'kafka-1:9092,kafka-2:9092,kafka-3:9092';
    const app = services.kafkascope!;
    expect(app.build).toBeDefined();
    expect(app.environment).toMatchObject({ KAFKA_BROKERS: brokers, DATABASE_URL: 'postgresql://kafkascope:kafkascope@postgres:5432/kafkascope' });
    expect(app.depends_on?.postgres?.condition).toBe('service_healthy');
    // The demo without sign-in, said explicitly (the image listens on 0.0.0.0), and published on the host's loopback only.
    expect(app.environment?.KAFKASCOPE_AUTH).toBe('none');
    expect(JSON.stringify(app.ports)).toContain('127.0.0.1');
    const demo = services.demo!;
    expect(demo.command).toEqual(['node', 'demo-workload.mjs']);
    expect(demo.image).toBe(app.image);
    expect(demo.environment).toMatchObject({ KAFKA_BROKERS: brokers });
    expect(Object.values(demo.depends_on ?? {}).map((d) => d.condition)).toEqual(['service_healthy', 'service_healthy', 'service_healthy']);
  });
});
