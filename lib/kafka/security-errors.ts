// Connection failures that come from security settings, said in words that tell what to change:
// a refused password, a certificate nobody trusts, TLS on one side only, SASL on one side only.
// These speak for every broker of the cluster (they share listeners and credentials), so the
// caller stops at the first instead of trying the others until the poll's deadline.
import { parseAddress } from './address';
import { probeListener, type ListenerKind } from './listener-probe';

/** SASL refused the credentials (or the mechanism). */
export class KafkaAuthError extends Error {
  override name = 'KafkaAuthError';
}

/** TLS or SASL set on one side only, or a certificate that is not trusted. */
export class KafkaSecurityError extends Error {
  override name = 'KafkaSecurityError';
}

export interface SecuritySettings {
  ssl: boolean;
  clientCert: boolean;
  /** 'scram-sha-512', …; null without SASL. */
  saslMechanism: string | null;
}

const UNKNOWN_AUTHORITY = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_UNTRUSTED',
]);
/** The broker turned down our client certificate, or wanted one and got none. */
const CLIENT_CERT_ALERTS = /^ERR_SSL_(TLSV13_ALERT_CERTIFICATE_REQUIRED|SSLV3_ALERT_BAD_CERTIFICATE|SSLV3_ALERT_CERTIFICATE_UNKNOWN|TLSV1_ALERT_UNKNOWN_CA|SSLV3_ALERT_HANDSHAKE_FAILURE)$/;
/**
 * Failures that say nothing about why: the listener may speak something else. (Not timeouts: a
 * listener of the other kind hangs up at once, and a broker that is merely slow should not cost
 * the poll a probe.)
 */
const SILENT = /Closed connection|Connection closed|socket disconnected before secure TLS|ECONNRESET|EPIPE|wrong version number|packet length too long/i;

/** A string property of an error (Node's `code`, kafkajs' `type`), or ''. */
function prop(e: unknown, key: 'code' | 'type'): string {
  const v = e instanceof Error ? (e as Error & Partial<Record<typeof key, unknown>>)[key] : undefined;
  return typeof v === 'string' ? v : '';
}
const codeOf = (e: unknown) => prop(e, 'code');
const typeOf = (e: unknown) => prop(e, 'type');
const upper = (m: string | null) => (m ?? '').toUpperCase();

/**
 * The security problem behind a failed connect or request to `address`, or null when it is not
 * one. `message` is the failure's text with secrets already removed. May ask the listener what it
 * speaks (within `probeMs`) when the failure itself does not say.
 */
export async function securityProblem(e: unknown, message: string, address: string, s: SecuritySettings, probeMs = 1000): Promise<Error | null> {
  const code = codeOf(e);
  const name = e instanceof Error ? e.name : '';
  if (name === 'KafkaJSSASLAuthenticationError' || typeOf(e) === 'SASL_AUTHENTICATION_FAILED') {
    const detail = message.replace(/^SASL .*? authentication failed: /i, '').replace(/^SASL [^:]+: /, '');
    const words = /invalid credentials|invalid username or password/i.test(detail) ? 'wrong username or password' : detail;
    return new KafkaAuthError(`authentication failed (SASL ${upper(s.saslMechanism)}: ${words}) at ${address}`);
  }
  if (typeOf(e) === 'UNSUPPORTED_SASL_MECHANISM' || /mechanism is not supported by the server/.test(message)) {
    const kind = await probe(address, probeMs);
    const offers = kind?.sasl ? ` (it offers ${[...kind.sasl].sort().join(', ') || 'none'})` : '';
    return new KafkaAuthError(`authentication failed (SASL ${upper(s.saslMechanism)}: the listener at ${address} does not offer this mechanism${offers})`);
  }
  if (typeOf(e) === 'ILLEGAL_SASL_STATE' && s.saslMechanism) {
    return new KafkaSecurityError(`the listener at ${address} does not use SASL; remove sasl, or use the cluster's SASL listener`);
  }
  if (UNKNOWN_AUTHORITY.has(code)) {
    return new KafkaSecurityError(`TLS handshake failed: certificate signed by an unknown authority (${code}) at ${address}; set ssl.caFile to the CA that signed the brokers' certificates`);
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new KafkaSecurityError(`TLS handshake failed: the broker's certificate is not for this address (${message.replace(/^.*?: /, '')}) at ${address}`);
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
    return new KafkaSecurityError(`TLS handshake failed: the broker's certificate ${code === 'CERT_HAS_EXPIRED' ? 'has expired' : 'is not valid yet'} at ${address}`);
  }
  if (CLIENT_CERT_ALERTS.test(code)) {
    const what = s.clientCert ? 'the broker did not accept the client certificate (is it signed by a CA the brokers trust?)' : 'the listener requires a client certificate; set ssl.certFile and ssl.keyFile';
    return new KafkaSecurityError(`TLS handshake failed: ${what} (${code}) at ${address}`);
  }
  if (!SILENT.test(`${message} ${code}`)) return null;
  const kind = await probe(address, probeMs);
  if (!kind) return null;
  if (kind.tls && !s.ssl) return new KafkaSecurityError(`the listener at ${address} speaks TLS; set ssl`);
  if (!kind.tls && s.ssl) {
    return new KafkaSecurityError(`TLS handshake failed: the listener at ${address} does not speak TLS (it answers plaintext Kafka requests); remove ssl, or use the cluster's TLS listener`);
  }
  if (kind.sasl && !s.saslMechanism) {
    return new KafkaSecurityError(`the listener at ${address} requires SASL authentication (it offers ${[...kind.sasl].sort().join(', ')}); set sasl`);
  }
  if (kind.sasl === null && s.saslMechanism) {
    return new KafkaSecurityError(`the listener at ${address} does not use SASL; remove sasl, or use the cluster's SASL listener`);
  }
  if (kind.tls && kind.sasl === undefined && !s.clientCert) {
    return new KafkaSecurityError(`TLS handshake failed: the listener at ${address} closes TLS connections without a client certificate; set ssl.certFile and ssl.keyFile`);
  }
  return null;
}

function probe(address: string, ms: number): Promise<ListenerKind | null> {
  const { host, port } = parseAddress(address);
  return probeListener(host, port, ms);
}
