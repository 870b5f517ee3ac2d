'use client';

import { download } from '@/app/_components/download';
import { EXPORT_FILES, type ExportFormat, exportFormats } from '@/lib/citations/export-formats';
import type { WorkPage } from '@/lib/schemas/work-page';

/** The work in each export format: shown as text to copy, and as a file to download. */
export function WorkExports({ work }: { work: WorkPage }) {
  const exports = work.exports;
  if (!exports) return <p className="muted">A number cited but never listed has no fields to export.</p>;
  const base = (work.title ?? 'reference').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40);
  return (
    <>
      {exportFormats.map((format: ExportFormat) => {
        const file = EXPORT_FILES[format];
        return (
          <details key={format} data-testid={`export-${format}`}>
            <summary>{file.label}</summary>
            <pre>{exports[format]}</pre>
            <button
              type="button"
              onClick={() =>
                download(new Blob([exports[format]], { type: file.type }), `${base}.${file.ext}`)
              }
            >
              Download {file.label}
            </button>
          </details>
        );
      })}
    </>
  );
}
