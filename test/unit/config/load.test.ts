import { describe, expect, it } from 'vitest';
import { loadClusters } from '@/lib/config/load';
import { ConfigError, toPublic } from '@/lib/config/types';

const files = (map: Record<string, string>) => (p: string) => {
  const v = map[p];
  if (v === undefined) throw new Error('ENOENT');
  return v;
};

describe('loadClusters from the environment', () => {
  it('builds one cluster named default from KAFKA_BROKERS', () => {
    const [c] = loadClusters({ KAFKA_BROKERS: 'a:9092, b:9093' });
    expect(c).toMatchObject({ id: 'default', name: 'default', brokers: ['a:9092', 'b:9093'], pollIntervalMs: 5000 });
  });

  it('uses KAFKA_CLUSTER_NAME for name and a URL-safe id', () => {
    const [c] = loadClusters({ KAFKA_BROKERS: 'a:1', KAFKA_CLUSTER_NAME: 'Prod EU' });
    expect(c?.name).toBe('Prod EU');
    expect(c?.id).toBe('prod-eu');
  });

  it.each([
    [{}, /no Kafka cluster configured/],
    [{ KAFKA_BROKERS: '' }, /KAFKA_BROKERS: no broker addresses/],
    [{ KAFKA_BROKERS: 'localhost' }, /"localhost" is not a valid host:port/],
    [{ KAFKA_BROKERS: 'h:99999' }, /"h:99999" is not a valid host:port/],
    [{ KAFKA_BROKERS: 'h:1', KAFKA_SASL_MECHANISM: 'gssapi' }, /KAFKA_SASL_MECHANISM: "gssapi"/],
    [{ KAFKA_BROKERS: 'h:1', KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u' }, /KAFKA_SASL_PASSWORD is not set/],
    [{ KAFKA_BROKERS: 'h:1', KAFKA_POLL_INTERVAL_MS: '10' }, /KAFKA_POLL_INTERVAL_MS/],
    [{ KAFKA_BROKERS: 'h:1', KAFKA_LAG_WINDOW_MS: 'soon' }, /KAFKA_LAG_WINDOW_MS: "soon" must be a number >= 10000/],
  ])('rejects %j with a one-line message', (env, msg) => {
    expect(() => loadClusters(env)).toThrow(ConfigError);
    expect(() => loadClusters(env)).toThrow(msg);
    try {
      loadClusters(env);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });
});

describe('loadClusters from a file', () => {
  const yaml = `
clusters:
  - id: prod
    name: Production
    brokers: [k1:9092, k2:9092]
    pollIntervalMs: 10000
    ssl: true
    sasl:
      mechanism: scram-sha-512
      username: monitor
      password: { env: PROD_PASSWORD }
  - id: dev
    brokers: "localhost:19092"
`;

  it('reads several clusters, resolving secrets from the environment', () => {
    const clusters = loadClusters({ KAFKASCOPE_CONFIG: 'c.yaml', PROD_PASSWORD: 's3cret' }, files({ 'c.yaml': yaml }));
    expect(clusters.map((c) => c.id)).toEqual(['prod', 'dev']);
    expect(clusters[0]?.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'monitor', password: 's3cret' });
    expect(clusters[0]?.ssl).toEqual({ ca: undefined, rejectUnauthorized: true });
    expect(clusters[1]?.name).toBe('dev');
  });

  it('takes lag status settings from the environment and the file', () => {
    expect(loadClusters({ KAFKA_BROKERS: 'h:1', KAFKA_LAG_WINDOW_MS: '300000', KAFKA_LAG_ERR_SECONDS: '120' })[0]?.lag).toEqual({ windowMs: 300000, errLagSeconds: 120 });
    const file = 'clusters:\n  - id: a\n    brokers: h:1\n    lag: { windowMs: 60000, errLagSeconds: 30 }';
    expect(loadClusters({ KAFKASCOPE_CONFIG: 'f' }, files({ f: file }))[0]?.lag).toEqual({ windowMs: 60000, errLagSeconds: 30 });
    expect(() => loadClusters({ KAFKASCOPE_CONFIG: 'f' }, files({ f: 'clusters:\n  - id: a\n    brokers: h:1\n    lag: { windowMs: 5 }' }))).toThrow(/lag\.windowMs/);
  });

  it('reads JSON too', () => {
    const json = JSON.stringify({ clusters: [{ id: 'x', brokers: ['h:1'] }] });
    expect(loadClusters({ KAFKASCOPE_CONFIG: 'c.json' }, files({ 'c.json': json }))[0]?.brokers).toEqual(['h:1']);
  });

  it('names the missing secret variable', () => {
    expect(() => loadClusters({ KAFKASCOPE_CONFIG: 'c.yaml' }, files({ 'c.yaml': yaml }))).toThrow(
      'c.yaml: clusters[0].sasl.password: environment variable PROD_PASSWORD is not set',
    );
  });

  it.each([
    ['clusters: []', /clusters/],
    ['clusters:\n  - id: "bad id"\n    brokers: h:1', /clusters\[0\]\.id/],
    ['clusters:\n  - id: a\n    brokers: h:1\n    colour: red', /colour|Unrecognized/],
    ['clusters:\n  - id: a\n    brokers: h:1\n  - id: a\n    brokers: h:2', /"a" is used twice/],
    ['clusters: [', /not valid YAML/],
  ])('rejects %j', (text, msg) => {
    expect(() => loadClusters({ KAFKASCOPE_CONFIG: 'f' }, files({ f: text }))).toThrow(msg);
  });

  it('says when the file cannot be read', () => {
    expect(() => loadClusters({ KAFKASCOPE_CONFIG: 'nope.yaml' }, files({}))).toThrow('KAFKASCOPE_CONFIG: cannot read nope.yaml');
  });

  it('never exposes credentials in the public view', () => {
    const [c] = loadClusters({ KAFKASCOPE_CONFIG: 'c.yaml', PROD_PASSWORD: 's3cret' }, files({ 'c.yaml': yaml }));
    const pub = JSON.stringify(toPublic(c!));
    expect(pub).not.toContain('s3cret');
    expect(pub).not.toContain('monitor');
    expect(JSON.parse(pub)).toMatchObject({ saslMechanism: 'scram-sha-512', ssl: true });
  });
});
