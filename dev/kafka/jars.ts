// Fetches the Kafka jars once (via Maven and dev/kafka/pom.xml) into dev/.cache/kafka-<version>/libs.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, KAFKA_DIR } from './config';
import { DevKafkaError } from './errors';
import { run } from './process';

/** Must match <kafka.version> in pom.xml. */
export const KAFKA_VERSION = '4.1.2';
const POM = path.join(KAFKA_DIR, 'pom.xml');
const MARKER = '.complete';

export function libsDir(): string {
  return path.join(CACHE_DIR, `kafka-${KAFKA_VERSION}`, 'libs');
}

function pomHash(): string {
  return createHash('sha256').update(fs.readFileSync(POM)).digest('hex').slice(0, 16);
}

export function jarsPresent(): boolean {
  try {
    return fs.readFileSync(path.join(libsDir(), MARKER), 'utf8').trim() === pomHash();
  } catch {
    return false;
  }
}

/** Downloads the jars unless already present for the current pom.xml. Returns the libs dir. */
export async function ensureJars(log: (msg: string) => void = () => {}): Promise<string> {
  const dir = libsDir();
  if (jarsPresent()) return dir;
  log(`fetching Kafka ${KAFKA_VERSION} jars with Maven into ${dir} ...`);
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const res = await run(
    'mvn',
    ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${tmp}`],
    { missingHint: 'install Maven 3.8+ to fetch the Kafka jars' },
  );
  if (res.code !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    const detail = (res.stdout + res.stderr).split('\n').filter((l) => l.includes('ERROR')).slice(0, 3).join(' | ');
    throw new DevKafkaError(`mvn failed to fetch Kafka jars (exit ${res.code}): ${detail || 'see mvn output'}`);
  }
  if (!fs.readdirSync(tmp).some((f) => f.startsWith(`kafka_2.13-${KAFKA_VERSION}`))) {
    throw new DevKafkaError(`mvn finished but kafka_2.13-${KAFKA_VERSION}.jar is missing in ${tmp}`);
  }
  fs.writeFileSync(path.join(tmp, MARKER), `${pomHash()}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
  return dir;
}
