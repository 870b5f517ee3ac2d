/**
 * DOIs and PubMed ids as the two sources write them, brought to one form so they can be compared:
 * DOIs lower case without a resolver prefix (DOIs are case-insensitive), percent-escapes decoded
 * (Retraction Watch writes some SICI DOIs with %3C and %3E); PMIDs as digits without leading zeros.
 */
const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;

export function normaliseDoi(value: string | null | undefined): string | null {
  if (!value) return null;
  let doi = value.trim().replace(DOI_PREFIX, '');
  if (doi.includes('%')) {
    try {
      doi = decodeURIComponent(doi);
    } catch {
      // A lone "%" is part of the DOI as written; keep it.
    }
  }
  doi = doi.toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : null;
}

export function normalisePmid(value: string | null | undefined): string | null {
  const digits = value?.trim() ?? '';
  if (!/^\d{1,12}$/.test(digits)) return null;
  const pmid = digits.replace(/^0+/, '');
  // Retraction Watch writes 0 for "none".
  return pmid === '' ? null : pmid;
}

// "PMID: 12345678" or "PMID 12345678" in a reference entry; digits only, so the match is linear.
const PMID_IN_TEXT = /\bPMID:?\s?(\d{1,9})\b/i;

/** The PubMed id a reference entry gives, if any (the parser keeps no PMID field of its own). */
export function pmidInEntry(raw: string | null): string | null {
  if (!raw) return null;
  return normalisePmid(PMID_IN_TEXT.exec(raw)?.[1]);
}
