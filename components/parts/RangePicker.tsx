'use client';

import { useId, useState, type FormEvent } from 'react';
import { formatDateTime, fromLocalInput, toLocalInput } from '@/lib/client/format';
import { PRESET_MS, type Preset, type RangeSel } from '@/lib/client/time-range';
import { buttonClass, inputClass, segClass as seg, segOffClass as off, segOnClass as on } from '@/components/parts/ui';

/** Preset buttons ("1h", "24h", …), optionally "all" and a custom from/to form. */
export function RangePicker({
  label,
  value,
  presets,
  allowAll = false,
  allowCustom = false,
  onChange,
}: {
  label: string;
  value: RangeSel;
  presets: readonly Preset[];
  allowAll?: boolean;
  allowCustom?: boolean;
  onChange: (sel: RangeSel) => void;
}) {
  const id = useId();
  const [custom, setCustom] = useState<{ from: string; to: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const openCustom = () => {
    const to = value.kind === 'custom' ? value.to : new Date().toISOString();
    const from = value.kind === 'custom' ? value.from : new Date(Date.parse(to) - (value.kind === 'preset' ? PRESET_MS[value.preset] : PRESET_MS['24h'])).toISOString();
    setCustom({ from: toLocalInput(from), to: toLocalInput(to) });
    setProblem(null);
  };

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!custom) return;
    const from = fromLocalInput(custom.from);
    const to = fromLocalInput(custom.to);
    if (!from || !to) return setProblem('Enter both a start and an end.');
    if (from >= to) return setProblem('The start must be before the end.');
    setProblem(null);
    setCustom(null);
    onChange({ kind: 'custom', from, to });
  };

  const isCustom = value.kind === 'custom';
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="group" aria-label={label} className="inline-flex">
        {presets.map((p) => {
          const active = value.kind === 'preset' && value.preset === p;
          return (
            <button key={p} type="button" aria-pressed={active} className={`${seg} ${active ? on : off}`} onClick={() => onChange({ kind: 'preset', preset: p })}>
              {p}
            </button>
          );
        })}
        {allowAll && (
          <button type="button" aria-pressed={value.kind === 'all'} className={`${seg} ${value.kind === 'all' ? on : off}`} onClick={() => onChange({ kind: 'all' })}>
            all
          </button>
        )}
        {allowCustom && (
          <button
            type="button"
            aria-pressed={isCustom}
            aria-expanded={custom !== null}
            aria-controls={`${id}-custom`}
            className={`${seg} ${isCustom ? on : off}`}
            onClick={() => (custom ? setCustom(null) : openCustom())}
          >
            custom…
          </button>
        )}
      </div>
      {isCustom && !custom && (
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {formatDateTime(value.from)} → {formatDateTime(value.to)}
        </span>
      )}
      {custom && (
        <form id={`${id}-custom`} onSubmit={apply} className="flex flex-wrap items-center gap-2 text-xs" aria-label={`${label}: custom range`}>
          <label className="flex items-center gap-1">
            From
            <input type="datetime-local" className={inputClass} value={custom.from} onChange={(e) => setCustom({ ...custom, from: e.target.value })} required />
          </label>
          <label className="flex items-center gap-1">
            To
            <input type="datetime-local" className={inputClass} value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.target.value })} required />
          </label>
          <button type="submit" className={buttonClass}>
            Apply
          </button>
          {problem && (
            <span role="alert" className="text-red-700 dark:text-red-400">
              {problem}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
