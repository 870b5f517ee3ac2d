/**
 * A year a cited work may carry, 1500–2099, as a pattern's source: every reader, callout finder and
 * entry style builds on this one, so "which numbers are years" has one answer. (A numbered entry
 * that opens "1998." is told apart with a narrower range in reference-list.ts: it asks another
 * question, whether a line is a year or a number.)
 */
export const YEAR = String.raw`(?:1[5-9]|20)\d\d`;
