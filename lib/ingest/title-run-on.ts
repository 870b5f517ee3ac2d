/**
 * A title of two sentences ("Sulfonolipids of gliding bacteria. Structure of the
 * N-acylaminosulfonates.", "Salinibacter ruber gen. nov., sp nov., a novel … bacterium.") is cut
 * at its first full stop, and its second sentence is read into the journal's name. A journal's
 * name is a few capitalised or abbreviated words ("J Biol Chem", "Memoirs Boston Soc. Of Nat.
 * Hist"); a run of lower-case words is prose. The leading sentences of the container that read as
 * prose go back to the title.
 */

/** Words a journal's name may start with even when it is printed in lower case. */
const JOURNAL_HEAD = /^(?:journal|proceedings|annals|transactions|bulletin|archives|reviews?)\b/i;

/** Prose: two or more lower-case words of four letters or more. */
function readsAsProse(sentence: string): boolean {
  if (JOURNAL_HEAD.test(sentence)) return false;
  let words = 0;
  for (const w of sentence.split(' ')) if (/^\p{Ll}{4,}[,;:]?$/u.test(w)) words++;
  return words >= 2;
}

export function titleRunOn(
  title: string,
  container: string | null,
): { title: string; container: string | null } {
  if (!container) return { title, container };
  const sentences = container.split('. ');
  let last = -1;
  for (let i = 0; i < sentences.length - 1; i++) if (readsAsProse(sentences[i] as string)) last = i;
  if (last < 0) return { title, container };
  return {
    title: `${title}. ${sentences.slice(0, last + 1).join('. ')}`,
    container: sentences.slice(last + 1).join('. '),
  };
}
