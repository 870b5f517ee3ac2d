/**
 * Words that open sentences far more often than they follow a name or an acronym: pronouns,
 * determiners, auxiliaries and linking adverbs. After an ambiguous full stop ("E.", "U.S.", "Co.",
 * "et al.") only one of these, capitalised, says that a new sentence starts: "the U.S. How about
 * you?" ends, "the U.S. Government" goes on. A closed list errs toward not splitting, which keeps
 * a claim whole rather than cutting it in two.
 */
const STARTERS = new Set(
  `a after also although an and as at because before both but by each finally first for from
  furthermore he her here his however i if in it its many moreover most no not nor on one our
  overall she similarly since so some such that the their then there therefore these they this
  those thus to together we what when where whereas which while who why with yet you your
  how did do does is are was were can could let my`.split(/\s+/),
);

/** Whether `word` (as written in the text) opens a sentence after an ambiguous full stop. */
export function isSentenceStarter(word: string): boolean {
  return /^\p{Lu}/u.test(word) && STARTERS.has(word.toLowerCase());
}
