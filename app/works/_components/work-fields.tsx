import type { WorkPage } from '@/lib/schemas/work-page';

/** The reference's fields, each as its own row; the DOI as a link to its resolver. */
export function WorkFields({ work }: { work: WorkPage }) {
  const f = work.fields;
  const rows: [string, React.ReactNode][] = [
    ['Authors', work.authors.map((a) => a.label).join('; ') || null],
    ['Year', f.year],
    ['Title', work.title],
    ['Venue', f.container ?? work.venue?.label ?? null],
    ['Volume', f.volume],
    ['Issue', f.issue],
    ['Pages', f.pages],
    ['Publisher', [f.publisher, f.place].filter(Boolean).join(', ') || null],
    [
      'DOI',
      f.doi ? (
        <a key="doi" href={`https://doi.org/${encodeURI(f.doi)}`} rel="noopener noreferrer">
          https://doi.org/{f.doi}
        </a>
      ) : null,
    ],
  ];
  const shown = rows.filter(([, v]) => v !== null && v !== '');
  if (shown.length === 0) return <p className="muted">No reference list gives its details.</p>;
  return (
    <dl className="detail-fields" data-testid="work-fields">
      {shown.map(([label, value]) => (
        <div key={label} className="detail-field">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
