'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { paths } from '@/lib/client/paths';

const NAV = [
  { key: 'overview', label: 'Overview', href: paths.cluster },
  { key: 'brokers', label: 'Brokers', href: paths.brokers },
  { key: 'topics', label: 'Topics', href: (c: string) => paths.topics(c) },
  { key: 'groups', label: 'Groups', href: (c: string) => paths.groups(c) },
  { key: 'findings', label: 'Findings', href: (c: string) => paths.findings(c) },
  { key: 'incidents', label: 'Incidents', href: paths.incidents },
  { key: 'alerts', label: 'Alerts', href: paths.alerts },
  { key: 'events', label: 'Events', href: (c: string) => paths.events(c) },
] as const;

/** Whether a horizontally scrolling box has more to show on either side. */
function useScrollEdges() {
  const ref = useRef<HTMLElement>(null);
  const [edges, setEdges] = useState({ start: false, end: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const start = el.scrollLeft > 1;
      const end = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setEdges((e) => (e.start === start && e.end === end ? e : { start, end }));
    };
    // Observing reports the first size at once, so the edges are right from the start.
    const ro = new ResizeObserver(update);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    el.addEventListener('scroll', update, { passive: true });
    return () => {
      ro.disconnect();
      el.removeEventListener('scroll', update);
    };
  }, []);
  return [ref, edges] as const;
}

/**
 * The cluster's sections. On a narrow screen the row scrolls sideways: a fade and an arrow at the
 * edge say there is more, and the current section is scrolled into view.
 */
export function SectionNav({ cluster, section, brokersDown }: { cluster: string; section: string; brokersDown: number }) {
  const [ref, edges] = useScrollEdges();
  useEffect(() => {
    const el = ref.current;
    const active = el?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!el || !active) return;
    const left = active.offsetLeft;
    const right = left + active.offsetWidth;
    if (left < el.scrollLeft || right > el.scrollLeft + el.clientWidth) el.scrollLeft = left - (el.clientWidth - active.offsetWidth) / 2;
  }, [ref, section]);

  return (
    <div className="relative mx-auto max-w-[1600px]">
      <nav ref={ref} aria-label="Cluster sections" className="overflow-x-auto px-4">
        <ul className="flex gap-1 text-sm">
          {NAV.map((n) => {
            const active = section === n.key;
            return (
              <li key={n.key}>
                <Link
                  href={n.href(cluster)}
                  aria-current={active ? 'page' : undefined}
                  className={`flex items-center gap-1.5 whitespace-nowrap border-b-2 px-2.5 py-1.5 ${
                    active
                      ? 'border-sky-600 font-semibold text-slate-900 dark:border-sky-400 dark:text-white'
                      : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white'
                  }`}
                >
                  {n.label}
                  {n.key === 'brokers' && brokersDown > 0 && (
                    <span className="rounded bg-red-100 px-1 text-xs font-semibold text-red-800 dark:bg-red-900/60 dark:text-red-200">{brokersDown} down</span>
                  )}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {edges.start && <div aria-hidden data-scroll-hint="start" className="pointer-events-none absolute inset-y-0 left-0 w-8 bg-linear-to-r from-white to-transparent dark:from-slate-900" />}
      {edges.end && (
        // Not focusable: keyboard users reach every link with Tab, which scrolls it into view.
        <div
          aria-hidden
          data-scroll-hint="end"
          onClick={() => ref.current?.scrollBy({ left: ref.current.clientWidth * 0.6, behavior: 'smooth' })}
          className="absolute inset-y-0 right-0 flex w-12 cursor-pointer items-center justify-end bg-linear-to-l from-white from-45% to-transparent pr-1.5 text-lg leading-none text-slate-500 dark:from-slate-900 dark:text-slate-400"
        >
          ›
        </div>
      )}
    </div>
  );
}
