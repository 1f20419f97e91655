import { formatBytes, formatPercent } from '@/lib/client/format';
import { Chip, mutedClass } from '@/components/parts/ui';

/** Leaders / partitions against an even spread over the brokers that are up. */
export function ShareBar({ share, fair, skewed }: { share: number; fair: number; skewed: boolean }) {
  return (
    <span className="flex items-center gap-2 whitespace-nowrap">
      <span className="relative inline-block h-2 w-20 shrink-0 overflow-hidden rounded bg-slate-200 dark:bg-slate-700" aria-hidden>
        <span className={`absolute inset-y-0 left-0 ${skewed ? 'bg-amber-500' : 'bg-sky-500'}`} style={{ width: `${Math.min(100, share * 100)}%` }} />
        <span className="absolute inset-y-0 w-0.5 bg-slate-700 dark:bg-slate-200" style={{ left: `${Math.min(100, fair * 100)}%` }} />
      </span>
      <span className={`tabular-nums ${skewed ? 'font-semibold text-amber-700 dark:text-amber-300' : ''}`}>{formatPercent(share)}</span>
      <span className={`text-xs ${mutedClass}`}>fair {formatPercent(fair)}</span>
      {skewed && <Chip tone="warn" title="This broker leads far more partitions than an even spread would give it">skewed</Chip>}
    </span>
  );
}

/** A volume this full is close to stopping the broker (Kafka halts a log dir that cannot write). */
const FULL = 0.9;
const FILLING = 0.75;

/** Bytes in the broker's log dirs, and how full their volumes are (DescribeLogDirs). */
export function DiskUse({ logBytes, totalBytes, usableBytes }: { logBytes: string | null; totalBytes: string | null; usableBytes: string | null }) {
  if (logBytes === null && totalBytes === null) return <span className={mutedClass} title="Log dirs not read yet">—</span>;
  const total = totalBytes === null ? null : Number(totalBytes);
  const used = total !== null && usableBytes !== null && total > 0 ? (total - Number(usableBytes)) / total : null;
  const tone = used === null ? '' : used >= FULL ? 'bg-red-600' : used >= FILLING ? 'bg-amber-500' : 'bg-sky-500';
  return (
    <span className="flex flex-col items-end gap-0.5 whitespace-nowrap">
      <span title="Bytes in this broker's log dirs">{formatBytes(logBytes)}</span>
      {used !== null && (
        <span className={`flex items-center gap-1.5 text-xs ${mutedClass}`} title={`Volumes ${formatPercent(used)} full: ${formatBytes(usableBytes)} free of ${formatBytes(totalBytes)}`}>
          <span className="relative inline-block h-1.5 w-12 overflow-hidden rounded bg-slate-200 dark:bg-slate-700" aria-hidden>
            <span className={`absolute inset-y-0 left-0 ${tone}`} style={{ width: `${Math.min(100, used * 100)}%` }} />
          </span>
          <span className={used >= FULL ? 'font-semibold text-red-700 dark:text-red-400' : used >= FILLING ? 'font-semibold text-amber-700 dark:text-amber-300' : ''}>
            {formatPercent(used)} of {formatBytes(totalBytes)}
          </span>
        </span>
      )}
    </span>
  );
}
