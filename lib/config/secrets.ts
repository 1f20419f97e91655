import { ConfigError, type Env } from './types';

/** A secret given inline or as `{ env: NAME }`; an unset variable is a one-line error naming where. */
export function resolveSecret(
  value: string | { env: string },
  where: string,
  env: Env,
): string {
  if (typeof value === 'string') return value;
  const v = env[value.env];
  if (v === undefined || v === '') {
    throw new ConfigError(`${where}: environment variable ${value.env} is not set`);
  }
  return v;
}
