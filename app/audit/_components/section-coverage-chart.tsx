import type { SectionCoverage } from '@/lib/schemas/audit-report';
import { percent } from './audit-summary';

/**
 * Coverage by section as CSS bars inside a table: screen readers get the numbers as table cells,
 * sighted readers the bars. Sections with nothing that needs evidence say so instead of 0%. The
 * percentage sits beside its bar, on the page's white: over the green fill no text colour reaches
 * WCAG AA for every width.
 */
export function SectionCoverageChart({ sections }: { sections: SectionCoverage[] }) {
  return (
    <section aria-labelledby="by-section-heading">
      <h2 id="by-section-heading">Coverage by section</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus so the keyboard can scroll it */}
      <section className="table-scroll" tabIndex={0} aria-label="Coverage by section, table">
        <table className="coverage-chart">
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Backed</th>
              <th scope="col">Coverage</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <tr key={s.section_id}>
                <th scope="row">{s.section}</th>
                <td>
                  {s.backed} / {s.claims}
                </td>
                <td>
                  {s.coverage === null ? (
                    <span className="muted">nothing needs evidence</span>
                  ) : (
                    <span className="coverage-bar">
                      <span className="coverage-track" aria-hidden="true">
                        <span className="coverage-fill" style={{ width: `${s.coverage * 100}%` }} />
                      </span>
                      <span className="coverage-label">{percent(s.coverage)}</span>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
