'use client';

import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useId, useState } from 'react';

/**
 * A sortable (click a header) and filterable (one text box over every column) table. Thin on
 * purpose: each findings table only declares its columns.
 */
export function DataTable<T>({
  caption,
  columns,
  data,
  initialSorting = [],
  testId,
  toolbar,
}: {
  caption: string;
  // biome-ignore lint/suspicious/noExplicitAny: each column from a column helper has its own value type
  columns: ColumnDef<T, any>[];
  data: T[];
  initialSorting?: SortingState;
  testId: string;
  toolbar?: React.ReactNode;
}) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [globalFilter, setGlobalFilter] = useState('');
  const filterId = useId();
  const table = useReactTable({
    data,
    columns,
    state: { sorting, globalFilter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const rows = table.getRowModel().rows;
  return (
    <div className="data-table">
      <div className="data-table-toolbar">
        <label htmlFor={filterId}>Filter</label>
        <input
          id={filterId}
          type="search"
          value={globalFilter}
          onChange={(e) => setGlobalFilter(e.target.value)}
        />
        {toolbar}
        <span className="muted" aria-live="polite">
          {rows.length} of {data.length}
        </span>
      </div>
      {/* The table, often wider than a phone, scrolls in this box; the page keeps its width. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus so the keyboard can scroll it */}
      <section className="table-scroll" tabIndex={0} aria-label={`${caption}, table`}>
        <table data-testid={testId}>
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" onClick={header.column.getToggleSortingHandler()}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden="true">
                            {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                          </span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="muted">
                  Nothing to show.
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.id} data-row={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </section>
    </div>
  );
}
