import type { ConceptEvidence } from '@/lib/schemas/concept-evidence';

const worksText = (n: number) => `${n} work${n === 1 ? '' : 's'}`;

/**
 * Works per year as a list of CSS bars: each row reads "2009 — 2 works" as text, the bar only
 * repeats it (aria-hidden), so screen readers and colour-blind readers lose nothing.
 */
export function YearTimeline({ years, undated }: Pick<ConceptEvidence, 'years' | 'undated'>) {
  if (years.length === 0 && undated === 0) return <p className="muted">No work backs it yet.</p>;
  const max = Math.max(1, ...years.map((y) => y.works));
  const span = years.length > 0 ? `${years[0]?.year}–${years[years.length - 1]?.year}` : '';
  return (
    <>
      <ol
        className="year-chart"
        aria-label={`Works by year${span ? `, ${span}` : ''}`}
        data-testid="year-chart"
      >
        {years.map((y) => (
          <li key={y.year}>
            <span>{y.year}</span>
            <span className="year-bar">
              <span
                className="year-fill"
                style={{ width: `${(y.works / max) * 10}rem` }}
                aria-hidden="true"
              />
              <span>{worksText(y.works)}</span>
            </span>
          </li>
        ))}
      </ol>
      {undated > 0 ? (
        <p className="muted small">
          Without a year: {worksText(undated)} (cited but not in a reference list).
        </p>
      ) : null}
    </>
  );
}
