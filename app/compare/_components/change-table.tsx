import type { ReactNode } from 'react';

export interface ChangeColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

/**
 * One kind of change as a table under its own heading, with how many; "None." when there are
 * none. The table scrolls inside its own box, so a long sentence never widens a phone's page.
 */
export function ChangeTable<T>({
  id,
  title,
  rows,
  columns,
  rowKey,
}: {
  id: string;
  title: string;
  rows: readonly T[];
  columns: readonly ChangeColumn<T>[];
  rowKey: (row: T) => string;
}) {
  const headingId = `${id}-heading`;
  return (
    <div data-testid={id}>
      <h3 id={headingId}>
        {title} <span className="muted">({rows.length})</span>
      </h3>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus so the keyboard can scroll it
        <section className="table-scroll" tabIndex={0} aria-labelledby={headingId}>
          <table>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((c) => (
                    <td key={c.header}>{c.cell(row)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
