'use client';

import { useState, type FormEvent } from 'react';
import { ALL_EVENT_TYPES, EVENT_TYPE_GROUPS, eventTypeLabel } from '@/lib/client/event-text';
import { EVENT_SEVERITY } from '@/lib/model/event-severity';
import { buttonClass, inputClass } from '@/components/parts/ui';

const PROBLEM_TYPES = ALL_EVENT_TYPES.filter((t) => {
  const rule = EVENT_SEVERITY[t];
  return typeof rule === 'function' || rule === 'critical' || rule === 'warning';
});

/** Multi-select of event types, grouped; an empty selection means all types. */
export function EventTypeFilter({ value, onChange }: { value: string[]; onChange: (types: string[]) => void }) {
  const selected = new Set(value);
  const choose = onChange;
  const toggle = (types: string[], on: boolean) => {
    const next = new Set(selected);
    for (const t of types) {
      if (on) next.add(t);
      else next.delete(t);
    }
    choose(ALL_EVENT_TYPES.filter((t) => next.has(t)));
  };
  const summary = value.length === 0 ? 'all types' : value.length === 1 ? eventTypeLabel(value[0] ?? '') : `${value.length} types`;
  return (
    <details className="group relative">
      <summary className={`${buttonClass} cursor-pointer list-none`} aria-label={`Event types: ${summary}`}>
        Types: <strong className="font-semibold">{summary}</strong>
        <span aria-hidden className="text-xs text-slate-500 dark:text-slate-400 group-open:rotate-180">▾</span>
      </summary>
      <div className="absolute left-0 z-30 mt-1 w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <div className="mb-2 flex flex-wrap gap-2">
          <button type="button" className={buttonClass} onClick={() => choose([])}>
            All types
          </button>
          <button type="button" className={buttonClass} onClick={() => choose(PROBLEM_TYPES)}>
            Problems only
          </button>
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          {EVENT_TYPE_GROUPS.map((g) => {
            const all = g.types.every((t) => selected.has(t));
            return (
              <fieldset key={g.label} className="text-sm">
                <legend className="mb-1 text-xs font-semibold text-slate-500 dark:text-slate-400">
                  <label className="flex items-center gap-1.5">
                    <input type="checkbox" checked={all} onChange={(e) => toggle(g.types, e.target.checked)} className="accent-sky-600" />
                    {g.label}
                  </label>
                </legend>
                {g.types.map((t) => (
                  <label key={t} className="flex items-center gap-1.5 py-0.5 pl-4">
                    <input type="checkbox" name="type" value={t} checked={selected.has(t)} onChange={(e) => toggle([t], e.target.checked)} className="accent-sky-600" />
                    {eventTypeLabel(t)}
                  </label>
                ))}
              </fieldset>
            );
          })}
        </div>
      </div>
    </details>
  );
}

/**
 * Exact topic name; applied on Enter or with the button, since partial names match nothing.
 * Give it `key={value}` so a change of the URL from elsewhere replaces the draft.
 */
export function EventTopicFilter({ value, onChange }: { value: string; onChange: (topic: string) => void }) {
  const [draft, setDraft] = useState(value);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange(draft.trim());
  };
  return (
    <form onSubmit={submit} className="flex items-center gap-1" role="search" aria-label="Filter by topic">
      <label htmlFor="events-topic" className="text-xs text-slate-600 dark:text-slate-300">
        Topic
      </label>
      <input
        id="events-topic"
        type="search"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        placeholder="exact name"
        spellCheck={false}
        autoComplete="off"
        className={`${inputClass} w-48`}
      />
      <button type="submit" className={buttonClass}>
        Apply
      </button>
    </form>
  );
}
