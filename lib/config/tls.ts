import { X509Certificate, createPrivateKey } from 'node:crypto';
import { ConfigError, type SslSettings } from './types';

/** TLS settings as given (file names, the key's password already resolved). */
export interface SslFiles {
  caFile?: string;
  certFile?: string;
  keyFile?: string;
  keyPassword?: string;
  rejectUnauthorized?: boolean;
}

/**
 * Reads the CA, client certificate and key, and checks them now, so a wrong file is one line at
 * start-up (naming the setting) rather than a failed handshake at every poll. `names` says how
 * each setting is called where it was given (`clusters[0].ssl.caFile`, `KAFKA_SSL_CA_FILE`).
 */
export function readSsl(files: SslFiles, names: Record<keyof Omit<SslFiles, 'rejectUnauthorized'>, string>, readFile: (path: string) => string): SslSettings {
  const read = (file: string, name: string) => {
    try {
      return readFile(file);
    } catch {
      throw new ConfigError(`${name}: cannot read ${file}`);
    }
  };
  const certificate = (pem: string, file: string, name: string) => {
    try {
      return new X509Certificate(pem);
    } catch {
      throw new ConfigError(`${name}: ${file} is not a PEM certificate`);
    }
  };
  const ssl: SslSettings = { rejectUnauthorized: files.rejectUnauthorized ?? true };
  if (files.caFile) {
    ssl.ca = read(files.caFile, names.caFile);
    if (!ssl.ca.includes('-----BEGIN CERTIFICATE-----')) throw new ConfigError(`${names.caFile}: ${files.caFile} is not a PEM certificate`);
  }
  if ((files.certFile === undefined) !== (files.keyFile === undefined)) {
    throw new ConfigError(files.certFile ? `${names.keyFile}: not set; a client certificate needs its key` : `${names.certFile}: not set; a client key needs its certificate`);
  }
  if (files.certFile && files.keyFile) {
    ssl.cert = read(files.certFile, names.certFile);
    ssl.key = read(files.keyFile, names.keyFile);
    const cert = certificate(ssl.cert, files.certFile, names.certFile);
    let key;
    try {
      key = createPrivateKey({ key: ssl.key, passphrase: files.keyPassword });
    } catch {
      const why = files.keyPassword ? `is not a PEM private key, or ${names.keyPassword} is wrong` : `is not a PEM private key (or it is encrypted: set ${names.keyPassword})`;
      throw new ConfigError(`${names.keyFile}: ${files.keyFile} ${why}`);
    }
    if (!cert.checkPrivateKey(key)) throw new ConfigError(`${names.keyFile}: the key in ${files.keyFile} does not belong to the certificate in ${files.certFile}`);
    if (files.keyPassword) ssl.passphrase = files.keyPassword;
  }
  return ssl;
}
