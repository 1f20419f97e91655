/** Reads min.insync.replicas from a stored TopicConfigs JSON value; null when unknown. */
export function minIsrFromConfigs(configs: unknown): number | null {
  if (configs && typeof configs === 'object' && 'minInsyncReplicas' in configs) {
    const v = (configs as { minInsyncReplicas: unknown }).minInsyncReplicas;
    return typeof v === 'number' ? v : null;
  }
  return null;
}
