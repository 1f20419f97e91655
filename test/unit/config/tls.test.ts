// TLS settings are read and checked at start-up: a wrong file is one line naming the setting.
import { describe, expect, it } from 'vitest';
import { loadClusters } from '@/lib/config/load';
import { ConfigError } from '@/lib/config/types';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const files: Record<string, string> = { '/ca.pem': CERT, '/junk.pem': 'hello', '/cert.pem': CERT, '/key.pem': 'not a key' };
const read = (p: string) => {
  const f = files[p];
  if (f === undefined) throw new Error('ENOENT');
  return f;
};
const yaml = (ssl: string) => `clusters:\n  - id: c\n    brokers: k:9093\n    ssl: ${ssl}\n`;
const load = (env: Record<string, string>, text?: string) => loadClusters({ ...env, ...(text ? { KAFKASCOPE_CONFIG: '/c.yaml' } : {}) }, (p) => (p === '/c.yaml' && text ? text : read(p)));

describe('ssl settings', () => {
  it('a custom CA from the file or KAFKA_SSL_CA_FILE', () => {
    expect(load({}, yaml('{ caFile: /ca.pem }'))[0]?.ssl).toEqual({ ca: CERT, rejectUnauthorized: true });
    expect(load({ KAFKA_BROKERS: 'k:9093', KAFKA_SSL_CA_FILE: '/ca.pem' })[0]?.ssl).toEqual({ ca: CERT, rejectUnauthorized: true });
  });

  it('names the setting when a file is missing, not PEM, or half of a client certificate', () => {
    const cases: [Record<string, string>, string | undefined, string][] = [
      [{}, yaml('{ caFile: /nope.pem }'), '/c.yaml: clusters[0].ssl.caFile: cannot read /nope.pem'],
      [{}, yaml('{ caFile: /junk.pem }'), '/c.yaml: clusters[0].ssl.caFile: /junk.pem is not a PEM certificate'],
      [{}, yaml('{ certFile: /cert.pem }'), '/c.yaml: clusters[0].ssl.keyFile: not set; a client certificate needs its key'],
      [{ KAFKA_BROKERS: 'k:9093', KAFKA_SSL_KEY_FILE: '/key.pem' }, undefined, 'KAFKA_SSL_CERT_FILE: not set; a client key needs its certificate'],
      [{ KAFKA_BROKERS: 'k:9093', KAFKA_SSL_CERT_FILE: '/junk.pem', KAFKA_SSL_KEY_FILE: '/key.pem' }, undefined, 'KAFKA_SSL_CERT_FILE: /junk.pem is not a PEM certificate'],
      [{}, yaml('{ certFile: /cert.pem, keyFile: /key.pem, keyPassword: { env: NOPE } }'), '/c.yaml: clusters[0].ssl.keyPassword: environment variable NOPE is not set'],
    ];
    for (const [env, text, message] of cases) {
      expect(() => load(env, text), message).toThrow(ConfigError);
      expect(() => load(env, text)).toThrow(message);
    }
  });
});
