import { ConfigError } from './types';

// DATABASE_URL is checked before anything connects: the pg driver reads "localhost:5432/x" as a
// URL of scheme "localhost:" and fails later with "no PostgreSQL user name specified".

/** The URL as the user gave it, with the password (user info or `password=`) replaced by ***. */
export function maskDatabaseUrl(raw: string): string {
  return raw.replace(/^([^/@]*\/\/)?([^/@:]*):[^@/]*@/, '$1$2:***@').replace(/([?&]password=)[^&]*/gi, '$1***');
}

/**
 * A usable Postgres URL, or a ConfigError saying what to fix. sslmode=prefer|require|verify-ca
 * become verify-full: the pg driver already treats them so (it checks the server's certificate
 * and name), and warns in seven lines on every start unless told explicitly. With
 * uselibpqcompat=true they keep libpq's meaning (require: encrypted, certificate not checked).
 */
export function checkDatabaseUrl(raw: string): string {
  const shown = maskDatabaseUrl(raw);
  if (!/^postgres(ql)?:\/\//i.test(raw)) {
    throw new ConfigError(
      `DATABASE_URL "${shown}" must start with postgresql:// (e.g. postgresql://user:password@localhost:5432/kafkascope); unset it for the embedded database`,
    );
  }
  try {
    new URL(raw);
  } catch {
    throw new ConfigError(`DATABASE_URL "${shown}" is not a valid URL (a password with @, : or / in it must be percent-encoded)`);
  }
  if (/[?&]uselibpqcompat=true(&|$)/i.test(raw)) return raw;
  return raw.replace(/([?&]sslmode=)(prefer|require|verify-ca)(?=&|$)/, '$1verify-full');
}
