import { loadClusters } from '@/lib/config/load';
import { ConfigError } from '@/lib/config/types';
import { sendTestAlert } from '@/lib/notify/test-alert';

// `npm run alert:test -- <receiver> [cluster-id]`: sends one test notification to a configured
// receiver, in that receiver's format, and says what it answered. Exit 0 only if it was accepted.
async function main(): Promise<void> {
  const [name, clusterId] = process.argv.slice(2);
  const clusters = loadClusters();
  const withReceivers = clusters.filter((c) => (c.alerts?.receivers.length ?? 0) > 0);
  if (!name) {
    const names = [...new Set(withReceivers.flatMap((c) => c.alerts!.receivers.map((r) => r.name)))];
    throw new ConfigError(`usage: npm run alert:test -- <receiver> [cluster-id]; configured receivers: ${names.length > 0 ? names.join(', ') : 'none (see docs/alerts.md)'}`);
  }
  const cluster = clusterId ? clusters.find((c) => c.id === clusterId) : withReceivers.find((c) => c.alerts!.receivers.some((r) => r.name === name));
  if (!cluster) throw new ConfigError(clusterId ? `no cluster with id "${clusterId}"` : `no cluster sends to a receiver named "${name}"`);
  const receiver = cluster.alerts?.receivers.find((r) => r.name === name);
  if (!receiver) throw new ConfigError(`cluster ${cluster.id} has no receiver named "${name}"`);
  const out = await sendTestAlert(cluster, receiver);
  if (!out.ok) throw new Error(`${out.error} (${Math.round(out.durationMs)} ms)`);
  console.log(`test notification delivered to ${receiver.name} (${receiver.kind}): HTTP ${out.statusCode} in ${Math.round(out.durationMs)} ms`);
}

main().catch((e: unknown) => {
  console.error(`kafkascope alert:test: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(e instanceof ConfigError ? 2 : 1);
});
