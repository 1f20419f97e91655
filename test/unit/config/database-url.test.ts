import { describe, expect, it } from 'vitest';
import { checkDatabaseUrl, maskDatabaseUrl } from '@/lib/config/database-url';
import { ConfigError } from '@/lib/config/types';

function refusal(raw: string): string {
  try {
    checkDatabaseUrl(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error(`${raw} was accepted`);
}

describe('DATABASE_URL', () => {
  it('without a scheme: shows it as given and says it must start with postgresql://', () => {
    expect(refusal('localhost:5432/x')).toBe(
      'DATABASE_URL "localhost:5432/x" must start with postgresql:// (e.g. postgresql://user:password@localhost:5432/kafkascope); unset it for the embedded database',
    );
  });

  it('never shows the password', () => {
    expect(refusal('kafkascope:s3cret@db:5432/k')).toContain('"kafkascope:***@db:5432/k"');
    expect(refusal('mysql://u:s3cret@db/k')).toContain('"mysql://u:***@db/k"');
    expect(refusal('db:5432/k?user=u&password=s3cret')).toContain('"db:5432/k?user=u&password=***"');
    expect(maskDatabaseUrl('postgresql://u:p%40ss@db/k')).toBe('postgresql://u:***@db/k');
  });

  it('refuses a URL that does not parse', () => {
    expect(refusal('postgresql://u:p@ss@[db/k')).toMatch(/^DATABASE_URL "postgresql:\/\/u:\*\*\*@ss@\[db\/k" is not a valid URL/);
  });

  it('reads sslmode=require as verify-full, which the pg driver does anyway (so it does not warn)', () => {
    expect(checkDatabaseUrl('postgresql://u@db/k?sslmode=require')).toBe('postgresql://u@db/k?sslmode=verify-full');
    expect(checkDatabaseUrl('postgres://u@db/k?application_name=x&sslmode=prefer&connect_timeout=5')).toBe('postgres://u@db/k?application_name=x&sslmode=verify-full&connect_timeout=5');
    expect(checkDatabaseUrl('postgresql://u@db/k?sslmode=disable')).toBe('postgresql://u@db/k?sslmode=disable');
    expect(checkDatabaseUrl('postgresql://u@db/k?uselibpqcompat=true&sslmode=require')).toBe('postgresql://u@db/k?uselibpqcompat=true&sslmode=require');
  });
});
