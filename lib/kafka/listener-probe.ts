// What a listener speaks, asked directly when a connection failed in a way that does not say
// (closed, reset, no answer): TLS or not, and SASL with which mechanisms, or none. One
// SaslHandshake request, in clear and then over TLS, answers both: a SASL listener lists its
// mechanisms, any other answers ILLEGAL_SASL_STATE, and a listener of the other kind hangs up.
import net from 'node:net';
import tls from 'node:tls';

export interface ListenerKind {
  tls: boolean;
  /** Mechanisms a SASL listener offers; null: not a SASL listener; undefined: not known (no answer over TLS). */
  sasl?: string[] | null;
}

const SASL_HANDSHAKE = 17;
const ILLEGAL_SASL_STATE = 34;
const CORRELATION_ID = 0x6b73;

function handshakeRequest(): Buffer {
  const clientId = Buffer.from('kafkascope-probe');
  const mechanism = Buffer.from('PLAIN');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 2 + mechanism.length);
  let o = body.writeInt16BE(SASL_HANDSHAKE, 0);
  o = body.writeInt16BE(1, o); // SaslHandshake v1, request header v1 (not flexible)
  o = body.writeInt32BE(CORRELATION_ID, o);
  o = body.writeInt16BE(clientId.length, o);
  o += clientId.copy(body, o);
  o = body.writeInt16BE(mechanism.length, o);
  mechanism.copy(body, o);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
}

/** The answer's error code and mechanisms, or null when it is not a SaslHandshake answer. */
export function parseHandshakeResponse(buf: Buffer): { errorCode: number; mechanisms: string[] } | null {
  if (buf.length < 14 || buf.readInt32BE(0) !== buf.length - 4 || buf.readInt32BE(4) !== CORRELATION_ID) return null;
  const errorCode = buf.readInt16BE(8);
  // The count and lengths are the peer's: each mechanism takes at least its 2-byte length.
  const n = Math.min(buf.readInt32BE(10), (buf.length - 14) / 2);
  const mechanisms: string[] = [];
  let o = 14;
  for (let i = 0; i < n && o + 2 <= buf.length; i++) {
    const len = buf.readInt16BE(o);
    if (len < 0 || o + 2 + len > buf.length) break;
    mechanisms.push(buf.toString('utf8', o + 2, o + 2 + len));
    o += 2 + len;
  }
  return { errorCode, mechanisms };
}

type Answer = { handshake: boolean; response: ReturnType<typeof parseHandshakeResponse> };

/** Sends the handshake over `socket` once connected; what came back (never rejects). */
function ask(socket: net.Socket, connectEvent: 'connect' | 'secureConnect', timeoutMs: number): Promise<Answer> {
  return new Promise((resolve) => {
    let connected = false;
    let data = Buffer.alloc(0);
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ handshake: connected, response: parseHandshakeResponse(data) });
    };
    const timer = setTimeout(done, timeoutMs);
    socket.once(connectEvent, () => {
      connected = true;
      socket.write(handshakeRequest());
    });
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      if (data.length >= 4 && data.length >= data.readInt32BE(0) + 4) done();
    });
    socket.once('error', done);
    socket.once('close', done);
  });
}

/** What the listener at host:port speaks, or null if it answered neither way within `timeoutMs` each. */
export async function probeListener(host: string, port: number, timeoutMs = 1000): Promise<ListenerKind | null> {
  const plain = await ask(net.connect({ host, port }), 'connect', timeoutMs);
  if (plain.response) return { tls: false, sasl: plain.response.errorCode === ILLEGAL_SASL_STATE ? null : plain.response.mechanisms };
  if (!plain.handshake) return null; // not even a TCP connection
  const servername = net.isIP(host) ? undefined : host;
  // Only whether it speaks TLS matters here, not whom it proves to be.
  const secure = await ask(tls.connect({ host, port, servername, rejectUnauthorized: false }), 'secureConnect', timeoutMs);
  if (secure.response) return { tls: true, sasl: secure.response.errorCode === ILLEGAL_SASL_STATE ? null : secure.response.mechanisms };
  return secure.handshake ? { tls: true } : null;
}
