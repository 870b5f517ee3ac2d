/** The formats a work can be exported in (no citation-js here: the browser imports this). */
export const exportFormats = ['apa', 'bibtex', 'ris', 'csl-json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Label, file name suffix and media type of each export, for the download buttons. */
export const EXPORT_FILES: Record<ExportFormat, { label: string; ext: string; type: string }> = {
  apa: { label: 'APA', ext: 'txt', type: 'text/plain' },
  bibtex: { label: 'BibTeX', ext: 'bib', type: 'application/x-bibtex' },
  ris: { label: 'RIS', ext: 'ris', type: 'application/x-research-info-systems' },
  'csl-json': { label: 'CSL-JSON', ext: 'json', type: 'application/vnd.citationstyles.csl+json' },
};
