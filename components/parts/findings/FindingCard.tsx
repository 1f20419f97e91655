'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatDateTime } from '@/lib/client/format';
import { useLocalTime } from '@/lib/client/use-local-time';
import { paths } from '@/lib/client/paths';
import type { FindingSubject } from '@/lib/model/findings';
import type { FindingList as FindingListData, FindingRow } from '@/lib/views/findings';
import { Chip, EmptyState, linkClass, mutedClass, type Tone } from '@/components/parts/ui';

export const FINDING_TONE: Record<string, Tone> = { critical: 'bad', warning: 'warn', info: 'info' };

/** Where a finding's subject lives in the dashboard (null for the cluster or a rack). */
export function subjectHref(cluster: string, s: FindingSubject): string | null {
  if (s.kind === 'topic') return paths.topic(cluster, s.topic);
  if (s.kind === 'partition') return paths.topic(cluster, s.topic, s.partition);
  if (s.kind === 'broker') return paths.broker(cluster, s.brokerId);
  if (s.kind === 'group') return paths.group(cluster, s.groupId);
  return null;
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className={`${linkClass} text-xs`}
      aria-label={label}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => {
          setDone(true);
          setTimeout(() => setDone(false), 1500);
        });
      }}
    >
      {done ? 'copied' : 'copy'}
    </button>
  );
}

/** One finding: what will happen, the figures it rests on, and the commands that fix it. */
export function FindingCard({ cluster, f, linkSubject = true, defaultOpen = f.severity === 'critical' }: { cluster: string; f: FindingRow; linkSubject?: boolean; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  const href = linkSubject ? subjectHref(cluster, f.subject) : null;
  // The overview's findings are in its HTML: UTC until the browser's zone is known.
  const zone = useLocalTime();
  const script = f.fix.commands.map((c) => c.line).join('\n');
  return (
    <li data-finding={f.id} data-finding-rule={f.rule} data-severity={f.severity} className="px-3 py-2 text-sm">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
        <Chip tone={FINDING_TONE[f.severity] ?? 'neutral'}>{f.severity}</Chip>
        {href ? (
          <Link prefetch={false} href={href} className={`${linkClass} font-semibold`}>
            {f.title}
          </Link>
        ) : (
          <span className="font-semibold">{f.title}</span>
        )}
        <span className={`ml-auto text-xs ${mutedClass}`}>
          since <time dateTime={f.firstSeenAt}>{formatDateTime(f.firstSeenAt, zone)}</time>
          {zone === 'utc' && ' UTC'}
        </span>
      </div>
      <p className="mt-0.5 text-slate-700 dark:text-slate-200">{f.impact}</p>
      <button type="button" className={`${linkClass} mt-1 text-xs`} aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide the fix' : 'How to fix it'}
      </button>
      {open && (
        <div className="mt-1 space-y-1.5 border-l-2 border-slate-200 pl-3 dark:border-slate-700" data-fix>
          <p className="text-xs">{f.fix.summary}</p>
          {f.fix.commands.length > 0 && (
            <div>
              <div className="flex items-center gap-2 text-xs">
                <span className={mutedClass}>Run with Kafka&apos;s own tools:</span>
                <CopyButton text={script} label={`Copy the commands that fix ${f.title}`} />
              </div>
              <pre className="mt-0.5 overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800" data-fix-commands>
                {script}
              </pre>
            </div>
          )}
          {(f.fix.files ?? []).map((file) => (
            <details key={file.name} className="text-xs">
              <summary className="cursor-pointer">
                Save as <code>{file.name}</code> next to where you run the commands
              </summary>
              <div className="mt-0.5 flex items-center gap-2">
                <CopyButton text={file.content} label={`Copy ${file.name}`} />
                <a className={linkClass} download={file.name} href={`data:application/json;charset=utf-8,${encodeURIComponent(file.content)}`}>
                  download
                </a>
              </div>
              <pre className="mt-0.5 max-h-48 overflow-auto rounded bg-slate-100 p-2 dark:bg-slate-800">{file.content}</pre>
            </details>
          ))}
          {Object.keys(f.facts).length > 0 && (
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs" aria-label="Facts">
              {Object.entries(f.facts).map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className={mutedClass}>{k}</dt>
                  <dd className="tabular-nums">{Array.isArray(v) ? v.join(', ') : String(v)}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      )}
    </li>
  );
}

/** A list of findings, most severe first (the API's order). */
export function FindingList({ cluster, findings, label, linkSubject, collapsed }: { cluster: string; findings: FindingRow[]; label: string; linkSubject?: boolean; collapsed?: boolean }) {
  return (
    <ol className="divide-y divide-slate-100 dark:divide-slate-800/70" aria-label={label}>
      {findings.map((f) => (
        <FindingCard key={f.id} cluster={cluster} f={f} linkSubject={linkSubject} {...(collapsed ? { defaultOpen: false } : {})} />
      ))}
    </ol>
  );
}

/** A findings answer as a list, or why there is none (not evaluated yet, nothing found, nothing matching). */
export function FindingResults({ cluster, d, label, filtered = false, limit, collapsed }: { cluster: string; d: Pick<FindingListData, 'evaluatedAt' | 'findings'>; label: string; filtered?: boolean; limit?: number; collapsed?: boolean }) {
  if (!d.evaluatedAt) return <EmptyState title="Not evaluated yet">Findings are evaluated after the first poll that reads the cluster.</EmptyState>;
  if (d.findings.length === 0) {
    return <EmptyState title={filtered ? 'No finding matches' : 'No findings'}>{filtered ? 'Clear the filters to see every finding.' : 'Nothing in the configuration or state is known to hurt at the next failure.'}</EmptyState>;
  }
  return <FindingList cluster={cluster} findings={limit === undefined ? d.findings : d.findings.slice(0, limit)} label={label} collapsed={collapsed} />;
}
