'use client';

import { useEffect, useRef, useState } from 'react';
import { inputClass } from '@/components/parts/ui';

/**
 * Search box whose committed value lives in the URL: typing is debounced, and a change of the
 * URL from elsewhere (a "clear filters" link, back/forward) replaces what is typed.
 */
export function SearchBox({ what, value, onCommit, delayMs = 250 }: { what: string; value: string; onCommit: (q: string) => void; delayMs?: number }) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState<string | null>(null);
  // The URL changed: from elsewhere (clear filters, back), take it; if it is what we just sent,
  // keep the draft, which may already hold a few more keystrokes.
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) setDraft(value);
  }
  const commit = (text: string) => {
    setSent(text);
    onCommit(text);
  };

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  useEffect(() => {
    // A link clicked while a commit is pending wins: committing afterwards would replace the
    // URL under the navigation that link started.
    const onClick = (e: MouseEvent) => {
      if (e.target instanceof Element && e.target.closest('a[href]') && timer.current) {
        clearTimeout(timer.current);
        timer.current = null;
      }
    };
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  return (
    <label className="relative flex items-center">
      <span className="sr-only">Search {what} by name</span>
      <svg viewBox="0 0 20 20" width="14" height="14" aria-hidden className="pointer-events-none absolute left-2 text-slate-500 dark:text-slate-400" fill="currentColor">
        <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.82l3.65 3.65a.75.75 0 1 1-1.06 1.06l-3.65-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
      </svg>
      <input
        type="search"
        value={draft}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          cancel();
          timer.current = setTimeout(() => {
            timer.current = null;
            commit(text);
          }, delayMs);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            cancel();
            commit(draft);
          }
        }}
        placeholder={`Search ${what}…`}
        spellCheck={false}
        autoComplete="off"
        className={`${inputClass} w-64 max-w-full pl-7`}
      />
    </label>
  );
}
