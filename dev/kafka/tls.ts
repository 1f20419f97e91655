// Certificates of the secured local cluster, made once per data dir with the JDK's keytool (no
// openssl needed): a CA, one broker certificate for 127.0.0.1/localhost and a client certificate.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { KAFKA_DIR } from './config';
import { DevKafkaError } from './errors';
import { javaBin, run } from './process';

export interface TlsFiles {
  dir: string;
  /** Password of every keystore (generated; these are throwaway dev certificates). */
  password: string;
  /** The CA certificate (PEM): what clients trust. */
  caFile: string;
  /** PKCS12: the broker's key and its certificate chain. */
  brokerKeystore: string;
  /** PKCS12: the CA, which brokers trust for client certificates (mTLS). */
  truststore: string;
  /** Client certificate (PEM, CN=kafkascope, signed by the CA) and its unencrypted private key (PKCS#8 PEM). */
  clientCertFile: string;
  clientKeyFile: string;
}

export const CLIENT_CN = 'kafkascope';
const COMPLETE = '.complete';
const VALIDITY_DAYS = '825';

export function tlsFiles(dir: string): TlsFiles {
  let password = '';
  try {
    password = fs.readFileSync(path.join(dir, 'password'), 'utf8').trim();
  } catch {
    // not made yet
  }
  return {
    dir,
    password,
    caFile: path.join(dir, 'ca.pem'),
    brokerKeystore: path.join(dir, 'broker.p12'),
    truststore: path.join(dir, 'truststore.p12'),
    clientCertFile: path.join(dir, 'client.pem'),
    clientKeyFile: path.join(dir, 'client-key.pem'),
  };
}

function keytoolBin(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'keytool') : 'keytool';
}

/** Makes the CA and certificates in `dir` unless they are there already. */
export async function ensureTls(dir: string, log: (msg: string) => void = () => {}): Promise<TlsFiles> {
  if (fs.existsSync(path.join(dir, COMPLETE))) return tlsFiles(dir);
  log(`making a CA and broker/client certificates with keytool in ${dir}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(dir, 'password'), `${randomBytes(12).toString('hex')}\n`, { mode: 0o600 });
  const files = tlsFiles(dir);
  const pw = files.password;
  const keytool = async (...args: string[]) => {
    const res = await run(keytoolBin(), args, { cwd: dir, missingHint: 'install a JDK 17+ or set JAVA_HOME' });
    if (res.code !== 0) throw new DevKafkaError(`keytool ${args[0]} failed: ${(res.stderr || res.stdout).trim().split('\n')[0]}`);
  };
  const store = (name: string) => ['-keystore', path.join(dir, name), '-storetype', 'PKCS12', '-storepass', pw];
  const keyPair = (alias: string, dname: string, file: string, ...ext: string[]) =>
    keytool('-genkeypair', '-alias', alias, '-keyalg', 'RSA', '-keysize', '2048', '-sigalg', 'SHA256withRSA', '-dname', dname, '-validity', VALIDITY_DAYS, '-keypass', pw, ...ext, ...store(file));

  await keyPair('ca', 'CN=Kafkascope local cluster CA', 'ca.p12', '-ext', 'bc:c=ca:true', '-ext', 'ku:c=keyCertSign,cRLSign');
  await keytool('-exportcert', '-rfc', '-alias', 'ca', '-file', files.caFile, ...store('ca.p12'));

  /** A key pair in its own store, its certificate signed by the CA, the chain imported back. */
  const signed = async (alias: string, dname: string, file: string, pem: string, ext: string[]) => {
    await keyPair(alias, dname, file);
    const csr = path.join(dir, `${alias}.csr`);
    await keytool('-certreq', '-alias', alias, '-file', csr, ...store(file));
    await keytool('-gencert', '-rfc', '-alias', 'ca', '-infile', csr, '-outfile', pem, '-validity', VALIDITY_DAYS, '-sigalg', 'SHA256withRSA', ...ext, ...store('ca.p12'));
    await keytool('-importcert', '-noprompt', '-alias', 'ca', '-file', files.caFile, ...store(file));
    await keytool('-importcert', '-noprompt', '-alias', alias, '-file', pem, ...store(file));
    fs.rmSync(csr, { force: true });
  };
  await Promise.all([
    signed('broker', 'CN=localhost,OU=kafka', 'broker.p12', path.join(dir, 'broker.pem'), [
      '-ext', 'san=ip:127.0.0.1,dns:localhost', '-ext', 'ku:c=digitalSignature,keyEncipherment', '-ext', 'eku=serverAuth,clientAuth',
    ]),
    signed('client', `CN=${CLIENT_CN},OU=clients`, 'client.p12', files.clientCertFile, ['-ext', 'ku:c=digitalSignature', '-ext', 'eku=clientAuth']),
    keytool('-importcert', '-noprompt', '-alias', 'ca', '-file', files.caFile, ...store('truststore.p12')),
  ]);
  const exported = await run(javaBin(), [path.join(KAFKA_DIR, 'ExportKey.java'), path.join(dir, 'client.p12'), pw, 'client', files.clientKeyFile]);
  if (exported.code !== 0) throw new DevKafkaError(`exporting the client key failed: ${(exported.stderr || exported.stdout).trim().split('\n')[0]}`);
  fs.chmodSync(files.clientKeyFile, 0o600);
  fs.writeFileSync(path.join(dir, COMPLETE), '');
  return files;
}
