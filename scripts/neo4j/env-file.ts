import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Sets KEY=value in the text of a .env file: replaces the first line for KEY (commented-out
 * lines stay as they are) or appends one. Every other line, comment and blank line is kept.
 */
export function upsertEnvLine(text: string, key: string, value: string): string {
  const line = `${key}=${value}`;
  const pattern = new RegExp(`^\\s*(export\\s+)?${key}\\s*=`);
  const lines = text === '' ? [] : text.split('\n');
  const index = lines.findIndex((l) => pattern.test(l));
  if (index >= 0) {
    lines[index] = line;
    return lines.join('\n');
  }
  // Keep a trailing newline if the file had one, and end with one either way.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${[...lines, line].join('\n')}\n`;
}

export function upsertEnvFile(file: string, key: string, value: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, upsertEnvLine(text, key, value), { mode: 0o600 });
}
