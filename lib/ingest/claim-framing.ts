/**
 * Sentences about the text itself, which no source can back (kind "other"). Each pattern is a
 * class of sentence that scientific writing repeats, not one article's phrasing; when in doubt a
 * pattern stays out, since a sentence read as framing is never asked for evidence.
 */

/** A short lead before the writers' "we": "With those objectives, ", "Here ", "In this study, ". */
const LEAD = String.raw`(?:[^,]{0,80},\s*|(?:here|in this (?:study|work|paper|article|report|review))\s+)?`;

/**
 * The writers' own aims and hopes, in any tense ("We hope that our collection…", "We aimed to
 * create a typology…", "In this study, we sought to characterize…"). A writer's finding ("we
 * report that…", "we found…") is no aim and stays an assertion.
 */
const AIMS = new RegExp(
  String.raw`^${LEAD}(?:we|i)\s+(?:hope[sd]?|aim(?:s|ed)?|intend(?:s|ed)?|wish(?:es|ed)?|seek|sought)\b`,
  'i',
);

/** "In this article we…": the text announcing its own content. */
const THIS_TEXT = /^in this (?:article|paper|post|essay|review|chapter|section),?\s+(?:we|i)\b/i;

/** "The objective of the present study is to…", "Our aim was to…". */
const STATED_AIM =
  /^(?:the|our)\s+(?:main\s+|primary\s+|overall\s+)?(?:aims?|objectives?|goals?|purposes?)\s+(?:(?:of|in)\s+(?:this|the present|the current|our)\s+(?:study|work|paper|article|review|analysis)\s+)?(?:is|are|was|were)\s+to\b/i;

/**
 * The keys of a figure or table legend: symbols defined by words ("Red = migratory cells", "OR =
 * odds ratio; β = standardized beta"), lists of abbreviations ("FIGO, International Federation of
 * Gynecology and Obstetrics; LN, lymph node") and significance marks ("*p<.05, **p<.01").
 */
const SYMBOL_KEY = /^\S{1,12}\s=\s\p{L}/u;
const ABBREVIATION_KEY = /^(?:[A-Z][A-Z0-9]+,\s[^;]{1,80};\s*)+[A-Z][A-Z0-9]+,\s[^;]{1,80}$/;
const SIGNIFICANCE_KEY = /^[*†‡§#]+\s*p\s*[<≤]/;

export function isFraming(sentence: string): boolean {
  return [AIMS, THIS_TEXT, STATED_AIM, SYMBOL_KEY, ABBREVIATION_KEY, SIGNIFICANCE_KEY].some((p) =>
    p.test(sentence),
  );
}
