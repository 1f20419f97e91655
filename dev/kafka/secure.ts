// The secured variant of the local cluster: SASL and TLS listeners beside each other on every
// node, SCRAM users made at format time, and Kafka's StandardAuthorizer with one super user.
import fs from 'node:fs';
import path from 'node:path';
import { HOST, type NodeLayout } from './config';
import type { TlsFiles } from './tls';

/** The base port of a secured cluster when none is given (apart from the plaintext default 19092). */
export const DEFAULT_SECURE_BASE_PORT = 24092;

/** A SASL user of the secured cluster (PLAIN and both SCRAM mechanisms, same password). */
export interface SecureUser {
  name: string;
  password: string;
}

export interface SecurityOptions {
  /** Users besides `admin` (the tool's own super user); default: kafkascope. */
  users?: SecureUser[];
}

export const ADMIN: SecureUser = { name: 'admin', password: 'admin-secret' };
export const DEFAULT_USERS: SecureUser[] = [{ name: 'kafkascope', password: 'kafkascope-secret' }];

/**
 * The client-facing listeners, by name. `sasl` is each node's broker port (base..base+2) and the
 * inter-broker listener; the others are shifted by their offset (ssl base+10.., …).
 */
export const SECURE_LISTENERS = {
  sasl: { name: 'SASL', protocol: 'SASL_PLAINTEXT', offset: 0 },
  ssl: { name: 'SSL', protocol: 'SSL', offset: 10 },
  mtls: { name: 'MTLS', protocol: 'SSL', offset: 20 },
  saslSsl: { name: 'SASL_SSL', protocol: 'SASL_SSL', offset: 30 },
} as const;

export type SecureListener = keyof typeof SECURE_LISTENERS;

export const SCRAM_MECHANISMS = ['SCRAM-SHA-256', 'SCRAM-SHA-512'] as const;
const MARKER = 'secure.json';

/** What the data dir's marker file records, so later commands (and other processes) find the cluster secured. */
export interface SecureMarker {
  users: SecureUser[];
}

export function allUsers(opts: SecurityOptions): SecureUser[] {
  return [ADMIN, ...(opts.users ?? DEFAULT_USERS).filter((u) => u.name !== ADMIN.name)];
}

export function readMarker(dataDir: string): SecureMarker | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, MARKER), 'utf8')) as SecureMarker;
  } catch {
    return null;
  }
}

export function writeMarker(dataDir: string, marker: SecureMarker): void {
  fs.writeFileSync(path.join(dataDir, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}

/** Offsets of a node's extra listeners from its broker port (which is the SASL one). */
export const EXTRA_PORT_OFFSETS: readonly number[] = Object.values(SECURE_LISTENERS)
  .filter((l) => l.offset !== 0)
  .map((l) => l.offset);

export function listenerAddress(node: Pick<NodeLayout, 'port'>, listener: SecureListener): string {
  return `${HOST}:${node.port + SECURE_LISTENERS[listener].offset}`;
}

const plainJaas = (users: SecureUser[]) =>
  `org.apache.kafka.common.security.plain.PlainLoginModule required username="${ADMIN.name}" password="${ADMIN.password}" ${users
    .map((u) => `user_${u.name}="${u.password}"`)
    .join(' ')};`;
const SCRAM_JAAS = 'org.apache.kafka.common.security.scram.ScramLoginModule required;';

/** server.properties entries that replace the plaintext listeners (see renderServerProperties). */
export function secureProperties(node: NodeLayout, users: SecureUser[], tls: TlsFiles): Record<string, string> {
  const ls = Object.values(SECURE_LISTENERS);
  const props: Record<string, string> = {
    listeners: [...ls.map((l) => `${l.name}://${HOST}:${node.port + l.offset}`), `CONTROLLER://${HOST}:${node.controllerPort}`].join(','),
    'advertised.listeners': ls.map((l) => `${l.name}://${HOST}:${node.port + l.offset}`).join(','),
    'listener.security.protocol.map': [...ls.map((l) => `${l.name}:${l.protocol}`), 'CONTROLLER:SASL_PLAINTEXT'].join(','),
    'inter.broker.listener.name': SECURE_LISTENERS.sasl.name,
    // Brokers and controllers talk to each other as the super user `admin`, over PLAIN.
    'sasl.mechanism.inter.broker.protocol': 'PLAIN',
    'sasl.mechanism.controller.protocol': 'PLAIN',
    'sasl.enabled.mechanisms': ['PLAIN', ...SCRAM_MECHANISMS].join(','),
    'listener.name.controller.sasl.enabled.mechanisms': 'PLAIN',
    'listener.name.controller.plain.sasl.jaas.config': plainJaas([ADMIN]),
    'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'super.users': `User:${ADMIN.name}`,
    'allow.everyone.if.no.acl.found': 'false',
    // TLS: one broker certificate (SAN 127.0.0.1, localhost) signed by the cluster's own CA.
    'ssl.keystore.type': 'PKCS12',
    'ssl.keystore.location': tls.brokerKeystore,
    'ssl.keystore.password': tls.password,
    'ssl.key.password': tls.password,
    'ssl.truststore.type': 'PKCS12',
    'ssl.truststore.location': tls.truststore,
    'ssl.truststore.password': tls.password,
    'listener.name.mtls.ssl.client.auth': 'required',
    // A client certificate's principal is its CN (CN=kafkascope -> User:kafkascope), not the whole DN.
    'ssl.principal.mapping.rules': 'RULE:^CN=([^,]+).*$/$1/,DEFAULT',
  };
  for (const l of ['sasl', 'sasl_ssl']) {
    props[`listener.name.${l}.plain.sasl.jaas.config`] = plainJaas(users);
    for (const m of SCRAM_MECHANISMS) props[`listener.name.${l}.${m.toLowerCase()}.sasl.jaas.config`] = SCRAM_JAAS;
  }
  return props;
}

/** kafka-storage format arguments creating every user's SCRAM credentials in the metadata log. */
export function scramFormatArgs(users: SecureUser[]): string[] {
  return users.flatMap((u) => SCRAM_MECHANISMS.flatMap((m) => ['--add-scram', `${m}=[name=${u.name},password=${u.password}]`]));
}

/** The client properties Kafka's tools use to connect as `admin` (written to <data dir>/admin.properties). */
export function adminClientProperties(): string {
  return [
    'security.protocol=SASL_PLAINTEXT',
    'sasl.mechanism=PLAIN',
    `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${ADMIN.name}" password="${ADMIN.password}";`,
    '',
  ].join('\n');
}
