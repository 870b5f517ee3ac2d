import { readFile, stat } from 'node:fs/promises';
import { type ParsedRetractions, parseRetractionWatchCsv, RetractionCsvError } from './retraction-watch-csv';

// The whole published file is about 60 MB; ten times that is not Retraction Watch data.
const MAX_BYTES = 600 * 1024 * 1024;

/** Reads and parses a Retraction Watch CSV; every way it can be unusable is a RetractionCsvError. */
export async function readRetractionFile(file: string): Promise<ParsedRetractions> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    throw new RetractionCsvError(file, [
      info.code === 'ENOENT' ? 'the file does not exist' : `cannot be read (${info.code ?? info.message})`,
    ]);
  }
  if (!info.isFile()) throw new RetractionCsvError(file, ['not a regular file']);
  if (info.size > MAX_BYTES)
    throw new RetractionCsvError(file, [
      `the file is ${Math.round(info.size / 2 ** 20)} MB; the limit is 600 MB`,
    ]);
  return parseRetractionWatchCsv(await readFile(file, 'utf8'), file);
}
