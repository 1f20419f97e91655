'use client';

import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Header,
  type OnChangeFn,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { useState, type ReactNode } from 'react';
import { rowClass, tdClass, thClass } from './ui';

declare module '@tanstack/react-table' {
  // Augmentation must repeat TanStack's type parameters, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Right-aligned, tabular figures (header and cells). */
    numeric?: boolean;
    /** The cell names the row: rendered as `<th scope="row">`. */
    rowHeader?: boolean;
    /** Classes for every cell of the column (and its header). */
    className?: string;
    /** Tooltip of the header: what the column counts. */
    headerTitle?: string;
  }
}

/** Attributes of one row: tests and styles find rows by their data-* attributes. */
export type RowProps = { className?: string; id?: string } & { [attr: `data-${string}`]: string | number | undefined };

/** Sorting owned by the caller (usually the URL); `manual` when the rows arrive sorted (server side). */
export interface ControlledSort {
  state: SortingState;
  onChange: OnChangeFn<SortingState>;
  manual?: boolean;
}

export interface DataTableProps<T> {
  data: T[];
  // Columns hold different value types (string, number, …); TanStack's own helpers type them as any.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  /** The table's caption, for screen readers. */
  label: string;
  getRowId: (row: T) => string;
  rowProps?: (row: T) => RowProps;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /** Client-side sorting starting here; leave out (and `sort`) for a table without sorting. */
  initialSort?: SortingState;
  sort?: ControlledSort;
  /** Columns left out (by id), e.g. the detail a compact copy of a table does without. */
  hidden?: readonly string[];
  /** The scroll box: the header sticks to its top. */
  className?: string;
  tableClassName?: string;
}

function SortArrow({ dir, sortable }: { dir: false | 'asc' | 'desc'; sortable: boolean }) {
  if (!sortable) return null;
  return (
    <span aria-hidden className={`inline-block w-3 text-center ${dir ? '' : 'font-normal'}`}>
      {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
    </span>
  );
}

function HeaderCell<T>({ h }: { h: Header<T, unknown> }) {
  const meta = h.column.columnDef.meta;
  const dir = h.column.getIsSorted();
  const label = h.isPlaceholder ? null : flexRender(h.column.columnDef.header, h.getContext());
  const canSort = h.column.getCanSort();
  return (
    <th
      scope="col"
      colSpan={h.colSpan}
      title={meta?.headerTitle}
      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
      className={`${thClass} ${meta?.numeric ? 'text-right' : ''} ${meta?.className ?? ''}`}
    >
      {canSort ? (
        <button
          type="button"
          onClick={h.column.getToggleSortingHandler()}
          className={`inline-flex items-center gap-0.5 rounded hover:text-slate-900 dark:hover:text-white ${meta?.numeric ? 'flex-row-reverse' : ''} ${
            dir ? 'font-semibold text-slate-800 dark:text-slate-100' : ''
          }`}
        >
          {label}
          <SortArrow dir={dir} sortable />
        </button>
      ) : (
        label
      )}
    </th>
  );
}

/**
 * The one table of the dashboard: typed columns, sortable headers (buttons, `aria-sort`), a header
 * that sticks to the top of its scroll box, right-aligned tabular figures, a caption, an empty
 * state, and per-row attributes and classes.
 */
export function DataTable<T>({ data, columns, label, getRowId, rowProps, empty, initialSort, sort, hidden = [], className = 'max-h-[75vh]', tableClassName = 'w-full' }: DataTableProps<T>) {
  const [own, setOwn] = useState<SortingState>(initialSort ?? []);
  const sortable = sort !== undefined || initialSort !== undefined;
  // TanStack Table returns new functions on each render by design; React Compiler is not used here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: sort?.manual ? undefined : getSortedRowModel(),
    manualSorting: sort?.manual ?? false,
    enableSorting: sortable,
    enableSortingRemoval: false,
    state: { sorting: sort?.state ?? own, columnVisibility: Object.fromEntries(hidden.map((id) => [id, false])) },
    onSortingChange: sort?.onChange ?? setOwn,
  });

  if (data.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    <div className={`relative overflow-auto ${className}`}>
      <table className={`border-collapse text-sm ${tableClassName}`}>
        <caption className="sr-only">{label}</caption>
        <thead>
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id}>
              {g.headers.map((h) => (
                <HeaderCell key={h.id} h={h} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const { className: rowCls, ...attrs } = rowProps?.(row.original) ?? {};
            return (
              <tr key={row.id} {...attrs} className={`${rowClass} ${rowCls ?? ''}`}>
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  const cls = `${tdClass} ${meta?.numeric ? 'whitespace-nowrap text-right tabular-nums' : ''} ${meta?.className ?? ''}`;
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  return meta?.rowHeader ? (
                    <th key={cell.id} scope="row" data-column={cell.column.id} className={`${cls} ${meta.numeric ? '' : 'text-left'} font-normal`}>
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} data-column={cell.column.id} className={cls}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Sorting kept by the caller (the URL) for rows that arrive sorted: the header clicks become
 * `onSort(key, order)` for the keys the list knows.
 */
export function urlSort<K extends string>(keys: readonly K[], sort: K, order: 'asc' | 'desc', onSort: (sort: K, order: 'asc' | 'desc') => void): ControlledSort {
  const state: SortingState = [{ id: sort, desc: order === 'desc' }];
  const onChange: OnChangeFn<SortingState> = (u) => {
    const next = (typeof u === 'function' ? u(state) : u)[0];
    if (next && (keys as readonly string[]).includes(next.id)) onSort(next.id as K, next.desc ? 'desc' : 'asc');
  };
  return { state, onChange, manual: true };
}
