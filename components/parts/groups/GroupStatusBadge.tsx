import { statusTone } from '@/lib/client/group-status';
import { Chip } from '@/components/parts/ui';

/** OK/WARN/REWIND/ERR/STALL/STOP, with the reason as its tooltip (and for screen readers). */
export function GroupStatusBadge({ status, reason }: { status: string | null; reason?: string | null }) {
  return (
    <span data-group-status={status ?? 'unknown'} className="inline-flex items-center gap-1">
      <Chip tone={statusTone(status)} title={reason ?? undefined}>
        {status ?? 'pending'}
      </Chip>
      {reason && <span className="sr-only">: {reason}</span>}
    </span>
  );
}
