// Topics nobody writes to or reads from: clutter at best, a forgotten data flow at worst.
import { formatDuration } from '@/lib/model/duration';
import type { Finding } from '@/lib/model/findings';
import type { FindingInput } from './input';
import { finding } from './make';

export function unusedFindings(input: FindingInput): Finding[] {
  if (!input.groups) return [];
  const read = new Set(input.groups.flatMap((g) => g.partitions.map((p) => p.topic)));
  const window = input.settings.unusedAfterMs;
  const out: Finding[] = [];
  for (const t of input.topics) {
    if (t.internal || read.has(t.name)) continue;
    // Only what was watched for the whole window can be called unused.
    const quietSince = t.lastWriteAt ?? t.firstSeenAt;
    if (input.now - t.firstSeenAt < window || input.now - quietSince < window) continue;
    out.push(
      finding('unused-topic', input.bootstrap, {
        severity: 'info',
        subject: { kind: 'topic', topic: t.name },
        title: `${t.name}: no writes for ${formatDuration(input.now - quietSince)}${t.lastWriteAt === null ? ' (none seen)' : ''} and no consumer group`,
        impact: 'It holds disk and partitions (and their replication) for nobody; or a producer or consumer that should use it is not running.',
        fix: { summary: 'If it is no longer needed, delete it (kafka-topics --delete --topic); otherwise find the application that should use it.', commands: [{ tool: 'kafka-topics', args: ['--delete', '--topic', t.name] }] },
        facts: { lastWriteAt: t.lastWriteAt === null ? null : new Date(t.lastWriteAt).toISOString(), watchedFor: formatDuration(input.now - t.firstSeenAt) },
      }),
    );
  }
  return out;
}
