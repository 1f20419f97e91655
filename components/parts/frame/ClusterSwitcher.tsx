'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useClusters } from '@/lib/client/queries';
import { paths } from '@/lib/client/paths';

const SECTIONS = ['brokers', 'topics', 'events'] as const;

/** Keeps the section (brokers, topics, …) when switching; a topic or broker may not exist elsewhere. */
function sectionOf(pathname: string): (typeof SECTIONS)[number] | null {
  const seg = pathname.split('/')[3];
  return SECTIONS.find((s) => s === seg) ?? null;
}

export function ClusterSwitcher({ current }: { current: string }) {
  const { data } = useClusters();
  const router = useRouter();
  const pathname = usePathname();
  const clusters = data?.clusters ?? [];
  const known = clusters.some((c) => c.id === current);

  return (
    <div className="flex items-center gap-1.5">
      <label htmlFor="cluster-switcher" className="text-xs text-slate-500 dark:text-slate-400">
        Cluster
      </label>
      <select
        id="cluster-switcher"
        value={current}
        onChange={(e) => {
          const id = e.target.value;
          const section = sectionOf(pathname);
          router.push(section ? `${paths.cluster(id)}/${section}` : paths.cluster(id));
        }}
        className="max-w-[14rem] rounded border border-slate-300 bg-white py-0.5 pl-1.5 pr-6 text-sm font-medium dark:border-slate-700 dark:bg-slate-900"
      >
        {!known && <option value={current}>{current}</option>}
        {clusters.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
            {c.status !== 'ok' ? ` (${c.status})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
