'use client';

import { type DragEvent, useId, useState } from 'react';
import { ARTICLE_EXTENSIONS } from '@/lib/ingest/readers/detect-format';
import type { ArticleSource } from './use-add-article';

const ACCEPT = ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(',');
const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Paste the text, or choose or drop a file. Which formats are read is the server's call (a dropped
 * PDF is sent and refused with the list), so the file chooser only suggests the usual endings.
 */
export function ArticleInput({
  source,
  onChange,
  errorId,
  invalid,
}: {
  source: ArticleSource | null;
  onChange: (source: ArticleSource | null) => void;
  errorId: string;
  invalid: boolean;
}) {
  const textId = useId();
  const fileId = useId();
  const [over, setOver] = useState(false);
  const file = source?.kind === 'file' ? source.file : null;
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onChange({ kind: 'file', file: dropped });
  };
  return (
    <fieldset className="article-input">
      <legend>The article</legend>
      <label htmlFor={textId}>Paste its text (plain text or Markdown)</label>
      <textarea
        id={textId}
        rows={10}
        value={source?.kind === 'text' ? source.text : ''}
        disabled={file !== null}
        aria-invalid={invalid && source?.kind === 'text'}
        aria-describedby={errorId}
        onChange={(e) => onChange(e.target.value === '' ? null : { kind: 'text', text: e.target.value })}
      />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input inside is the keyboard's way */}
      <div
        className={`drop-zone${over ? ' drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <label htmlFor={fileId}>Or choose a file, or drop it here</label>
        <input
          id={fileId}
          type="file"
          accept={ACCEPT}
          aria-invalid={invalid && file !== null}
          aria-describedby={errorId}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            onChange(chosen ? { kind: 'file', file: chosen } : null);
          }}
        />
        {file && (
          <p>
            {file.name} ({size(file.size)}){' '}
            <button type="button" onClick={() => onChange(null)}>
              Clear
            </button>
          </p>
        )}
        <p className="muted">Text (.txt), Markdown (.md), HTML (.html), Word (.docx) or JATS XML (.xml)</p>
      </div>
    </fieldset>
  );
}
