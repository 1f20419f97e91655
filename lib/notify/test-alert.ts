// A test notification to one receiver, in that receiver's format: what `npm run alert:test` and the
// admin page's "Send test alert" both send, so a receiver that passes one passes the other.
import { renderFor, testAlert } from '@/lib/analysis/alerts/render';
import type { ReceiverConfig } from '@/lib/config/alerting';
import type { ClusterConfig } from '@/lib/config/types';
import { postNotification, type PostOutcome } from './post';

export function sendTestAlert(cluster: Pick<ClusterConfig, 'id' | 'name' | 'publicUrl'>, receiver: ReceiverConfig, now = Date.now()): Promise<PostOutcome> {
  const ctx = { clusterId: cluster.id, clusterName: cluster.name, publicUrl: cluster.publicUrl ?? null, now };
  return postNotification(receiver, renderFor(receiver.kind, 'test', testAlert(ctx), ctx));
}
