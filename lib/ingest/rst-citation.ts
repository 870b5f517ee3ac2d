/**
 * reStructuredText's explicit citation or footnote, the one pattern both list readers use: ".. [Pyrex]
 * G. Ewing, Pyrex: …", ".. [#PEP-287] PEP 287, …", ".. [1] …", or the label alone on its line with
 * the text indented on the lines below (".. [MV04]" / "   D. McGrew and J. Viega, …").
 */
export const RST_CITATION = /^\s*\.\.\s+\[[^\]\s]{1,40}\](?:\s+\S|\s*$)/;
