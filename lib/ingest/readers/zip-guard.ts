import yauzl from 'yauzl';
import { ArticleParseError } from '../errors';

/**
 * A .docx is a zip archive, and a zip can be built to hurt the reader that opens it: thousands of
 * entries, or a few kilobytes that inflate to gigabytes (a zip bomb). Its central directory is read
 * with yauzl before mammoth sees the file, and the archive is refused when it holds more entries,
 * more uncompressed bytes or a higher compression ratio than a Word document does. A Word file of
 * text compresses its XML about 5 to 10 times; images are stored compressed already.
 */
export const ZIP_LIMITS = {
  maxEntries: 1000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  /** Only entries over this size are checked for their ratio: a tiny file may compress very well. */
  ratioFloorBytes: 1024 * 1024,
  maxRatio: 100,
};

function malformed(problem: string): ArticleParseError {
  return new ArticleParseError('malformed', [problem]);
}

/** Resolves with the archive's entry names, or rejects with an ArticleParseError. */
export function checkZip(bytes: Uint8Array, limits = ZIP_LIMITS): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) {
        reject(
          malformed(
            `It is not a readable zip archive, as a .docx must be (${error?.message ?? 'no archive'}).`,
          ),
        );
        return;
      }
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        reject(
          malformed(
            `It holds ${zip.entryCount} files; a Word document holds far fewer than ${limits.maxEntries}.`,
          ),
        );
        return;
      }
      const names: string[] = [];
      let total = 0;
      zip.on('error', (e: Error) => reject(malformed(`Its zip archive is damaged (${e.message}).`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
          zip.close();
          reject(
            malformed(
              `Its part ${entry.fileName} would inflate ${Math.round(ratio)} times (a zip bomb); Word documents compress far less.`,
            ),
          );
          return;
        }
        if (total > limits.maxUncompressedBytes) {
          zip.close();
          const mb = (limits.maxUncompressedBytes / (1024 * 1024)).toFixed(0);
          reject(new ArticleParseError('too_large', [`It would inflate to more than ${mb} MB.`]));
          return;
        }
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.readEntry();
    });
  });
}
