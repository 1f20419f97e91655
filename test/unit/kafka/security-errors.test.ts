// Which security problem a failed connection is, in words that say what to change; the listener
// is asked what it speaks (fake brokers here) only when the failure itself does not say.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { KafkaAuthError, KafkaProbe, KafkaSecurityError } from '@/lib/kafka';
import { parseHandshakeResponse, probeListener } from '@/lib/kafka/listener-probe';
import { securityProblem, type SecuritySettings } from '@/lib/kafka/security-errors';
import { arr, cat, i16, i32, str } from './bytes';
import { closeFakes, fakeBroker } from './fake-broker';

afterEach(closeFakes);

const NONE: SecuritySettings = { ssl: false, clientCert: false, saslMechanism: null };
const coded = (message: string, code: string, name = 'KafkaJSConnectionError') => Object.assign(new Error(message), { code, name });
/** A plaintext SASL listener offering `mechanisms`, or (null) a plaintext listener without SASL. */
const listener = (mechanisms: string[] | null) =>
  fakeBroker((key) => (key !== 17 ? 'close' : mechanisms ? cat(i16(0), arr(mechanisms.map((m) => str(m)))) : cat(i16(34), arr([]))));

describe('securityProblem', () => {
  it('a refused SCRAM password: "authentication failed (SASL SCRAM-SHA-512: wrong username or password)"', async () => {
    const e = Object.assign(new Error('SASL SCRAM SHA512 authentication failed: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512'), { name: 'KafkaJSSASLAuthenticationError' });
    const p = await securityProblem(e, e.message, 'h:1', { ...NONE, saslMechanism: 'scram-sha-512' });
    expect(p).toBeInstanceOf(KafkaAuthError);
    expect(p?.message).toBe('authentication failed (SASL SCRAM-SHA-512: wrong username or password) at h:1');
  });

  it('a certificate nobody here trusts, a wrong host name, a missing client certificate', async () => {
    const unknown = await securityProblem(coded('self-signed certificate in certificate chain', 'SELF_SIGNED_CERT_IN_CHAIN'), 'x', 'h:1', { ...NONE, ssl: true });
    expect(unknown).toBeInstanceOf(KafkaSecurityError);
    expect(unknown?.message).toMatch(/^TLS handshake failed: certificate signed by an unknown authority \(SELF_SIGNED_CERT_IN_CHAIN\) at h:1; set ssl\.caFile/);
    const host = await securityProblem(coded("Hostname/IP does not match certificate's altnames: IP: 10.0.0.1 is not in the cert's list", 'ERR_TLS_CERT_ALTNAME_INVALID'), "Connection error: Hostname/IP does not match certificate's altnames: IP: 10.0.0.1 is not in the cert's list", 'h:1', { ...NONE, ssl: true });
    expect(host?.message).toMatch(/^TLS handshake failed: the broker's certificate is not for this address/);
    const cert = await securityProblem(coded('alert certificate required', 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED'), 'x', 'h:1', { ...NONE, ssl: true });
    expect(cert?.message).toBe('TLS handshake failed: the listener requires a client certificate; set ssl.certFile and ssl.keyFile (ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED) at h:1');
  });

  it('a hang-up from a SASL listener: it asks, and says SASL is required (naming the mechanisms) or that TLS is not spoken', async () => {
    const fake = await listener(['PLAIN', 'SCRAM-SHA-512']);
    const closed = new Error('Closed connection');
    expect((await securityProblem(closed, closed.message, fake.address, NONE))?.message).toBe(
      `the listener at ${fake.address} requires SASL authentication (it offers PLAIN, SCRAM-SHA-512); set sasl`,
    );
    const reset = coded('Client network socket disconnected before secure TLS connection was established', 'ECONNRESET');
    expect((await securityProblem(reset, reset.message, fake.address, { ...NONE, ssl: true, saslMechanism: 'plain' }))?.message).toMatch(
      new RegExp(`^TLS handshake failed: the listener at ${fake.address} does not speak TLS \\(it answers plaintext Kafka requests\\)`),
    );
  });

  it('SASL where the listener has none', async () => {
    const fake = await listener(null);
    const closed = new Error('Closed connection');
    expect((await securityProblem(closed, closed.message, fake.address, { ...NONE, saslMechanism: 'plain' }))?.message).toBe(
      `the listener at ${fake.address} does not use SASL; remove sasl, or use the cluster's SASL listener`,
    );
    expect(await securityProblem(closed, closed.message, fake.address, NONE)).toBeNull();
  });

  it('a refused connection or a timeout is not a security problem, and costs no probe', async () => {
    const fake = await listener(['PLAIN']);
    expect(await securityProblem(coded('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED'), 'connect ECONNREFUSED', fake.address, NONE)).toBeNull();
    expect(await securityProblem(new Error('Metadata v12 to h:1 timed out after 300ms'), 'timed out', fake.address, NONE)).toBeNull();
    expect(fake.connections).toBe(0);
  });
});

describe('probeListener', () => {
  it('reads a hostile SaslHandshake answer in bounded time: a negative length or a huge count ends the list', () => {
    const frame = (...parts: Buffer[]) => {
      const body = cat(i32(0x6b73), i16(0), ...parts);
      return cat(i32(body.length), body);
    };
    // A length of -2 would never move the cursor; a count of 2^31-1 would loop (and allocate) for ever.
    expect(parseHandshakeResponse(frame(i32(0x7fffffff), i16(-2), i16(-2)))).toEqual({ errorCode: 0, mechanisms: [] });
    expect(parseHandshakeResponse(frame(i32(0x7fffffff), str('PLAIN'), i16(-1)))).toEqual({ errorCode: 0, mechanisms: ['PLAIN'] });
    // A length past the end of the answer: not read beyond it.
    expect(parseHandshakeResponse(frame(i32(2), str('PLAIN'), i16(30_000), Buffer.from('AB')))).toEqual({ errorCode: 0, mechanisms: ['PLAIN'] });
    // Many empty names: no more than the buffer can hold.
    expect(parseHandshakeResponse(frame(i32(0x7fffffff), ...Array.from({ length: 1000 }, () => i16(0))))!.mechanisms).toHaveLength(1000);
  });

  it('reads a SaslHandshake answer; a listener that hangs up on both is unknown (null)', async () => {
    const body = cat(i32(0x6b73), i16(0), arr([str('PLAIN'), str('X')]));
    expect(parseHandshakeResponse(cat(i32(body.length), body))).toEqual({ errorCode: 0, mechanisms: ['PLAIN', 'X'] });
    expect(parseHandshakeResponse(cat(i32(6), i32(1), i16(0)))).toBeNull();
    const server = net.createServer((s) => s.destroy());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      expect(await probeListener('127.0.0.1', (server.address() as net.AddressInfo).port, 300)).toBeNull();
    } finally {
      server.close();
    }
  });
});

describe('KafkaProbe with SASL required but not set', () => {
  it('names the problem once, without trying every broker until the deadline', async () => {
    const fake = await listener(['SCRAM-SHA-256']);
    const p = new KafkaProbe({ brokers: [fake.address, '127.0.0.1:1'], connectTimeoutMs: 300, requestTimeoutMs: 300 });
    try {
      const err = await p.fetchMetadata().then(() => null, (e: unknown) => e as Error);
      expect(err).toBeInstanceOf(KafkaSecurityError);
      expect(err?.message).toBe(`the listener at ${fake.address} requires SASL authentication (it offers SCRAM-SHA-256); set sasl`);
    } finally {
      await p.close();
    }
  });
});
