/** Value parsers for single PubMed MEDLINE tags (PG, GR, PT, LA, MH, AD, AUID). Pure and small. */
import type { DocumentType } from '../../model';
import { decodeHtmlEntities, squash } from '../../util/text';

/** Page range from PG: "123-9" -> 123..129 (MEDLINE drops the end page's leading digits), "e298-e305", "S119-26". */
export function parsePages(value: string): { pageStart?: string; pageEnd?: string } {
  // "676-90; appendix 690-2": the first range is the article itself.
  const first = value.split(/[;,]/, 1)[0].trim();
  if (!first) return {};
  const dash = first.indexOf('-');
  if (dash < 0) return { pageStart: first };
  const start = first.slice(0, dash).trim();
  let end = first.slice(dash + 1).trim();
  const startMatch = /^([A-Za-z]*)(\d+)$/.exec(start);
  const endMatch = /^([A-Za-z]*)(\d+)$/.exec(end);
  if (startMatch && endMatch && (endMatch[1] === '' || endMatch[1] === startMatch[1]) && endMatch[2].length < startMatch[2].length) {
    const digits = startMatch[2];
    end = startMatch[1] + digits.slice(0, digits.length - endMatch[2].length) + endMatch[2];
  } else if (startMatch && endMatch && endMatch[1] === '' && startMatch[1] !== '') {
    end = startMatch[1] + endMatch[2];
  }
  const pages: { pageStart?: string; pageEnd?: string } = {};
  if (start) pages.pageStart = start;
  if (end) pages.pageEnd = end;
  return pages;
}

const ACRONYM = /^(?=.*[A-Z])[A-Z0-9_]{1,8}$/;

/**
 * Formats one GR line ("G12 MD007582/MD/NIMHD NIH HHS/United States", "DEC-2020/37/B/02886/National
 * Science Center/", "AbbVie/") as "Agency [grant]" like Web of Science FU. The grant number may
 * itself contain slashes, so the line is read from the right: country, agency, optional acronym.
 */
export function formatGrant(value: string): string {
  const parts = value.split('/').map((p) => p.trim());
  if (parts.length < 2) return squash(value);
  parts.pop(); // country (possibly empty)
  const agency = parts.pop() ?? '';
  if (parts.length >= 2 && ACRONYM.test(parts[parts.length - 1])) parts.pop();
  const grant = parts.join('/').trim();
  if (!agency) return grant;
  return grant ? `${agency} [${grant}]` : agency;
}

/** Publication types in order of precedence when several are given (PT is repeated). */
const TYPE_RULES: [RegExp, DocumentType][] = [
  [/^(published erratum|erratum|retraction of publication|retraction notice)$/i, 'erratum'],
  [/^editorial$/i, 'editorial'],
  [/^(letter|comment)$/i, 'letter'],
  [/^preprint$/i, 'preprint'],
  [/^book chapter$/i, 'book-chapter'],
  [/^book$/i, 'book'],
  [/^(review|systematic review|scoping review)$/i, 'review'],
  [/^(congress|clinical conference|consensus development conference(, nih)?)$/i, 'conference-paper'],
  [/^(journal article|clinical trial.*|randomized controlled trial|case reports|comparative study|meta-analysis|observational study|multicenter study|evaluation study|validation study|practice guideline|guideline)$/i, 'article'],
  [/^news$/i, 'note'],
];

/** Maps the PT list to one normalised document type; the most specific type wins (an erratum beats "Journal Article"). */
export function documentTypeOf(types: string[]): DocumentType {
  for (const [pattern, type] of TYPE_RULES) {
    if (types.some((t) => pattern.test(t))) return type;
  }
  return 'other';
}

/** MEDLINE language codes (ISO 639-2/B) written out as Web of Science and Scopus write them. */
const LANGUAGES: Record<string, string> = {
  eng: 'English', fre: 'French', ger: 'German', spa: 'Spanish', ita: 'Italian', por: 'Portuguese', rus: 'Russian',
  chi: 'Chinese', jpn: 'Japanese', kor: 'Korean', dut: 'Dutch', pol: 'Polish', tur: 'Turkish', cze: 'Czech', hun: 'Hungarian',
  swe: 'Swedish', dan: 'Danish', nor: 'Norwegian', fin: 'Finnish', gre: 'Greek', heb: 'Hebrew', ara: 'Arabic', per: 'Persian',
  hrv: 'Croatian', srp: 'Serbian', slv: 'Slovenian', slo: 'Slovak', ukr: 'Ukrainian', rum: 'Romanian', bul: 'Bulgarian',
  lit: 'Lithuanian', lav: 'Latvian', est: 'Estonian', ice: 'Icelandic', ind: 'Indonesian', may: 'Malay', tha: 'Thai',
  vie: 'Vietnamese', afr: 'Afrikaans', cat: 'Catalan', lat: 'Latin', mul: 'Multiple languages', und: 'Undetermined',
};

/** "eng" -> "English"; unknown codes are returned as written. */
export const languageName = (code: string): string => LANGUAGES[code.trim().toLowerCase()] ?? code.trim();

/** MeSH heading without major-topic stars and without qualifiers: "Hazardous Waste/*analysis" -> "Hazardous Waste". */
export function meshDescriptor(value: string): string {
  const slash = value.indexOf('/');
  const head = slash >= 0 ? value.slice(0, slash) : value;
  return head.replace(/\*/g, '').trim();
}

const ORCID = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i;

/** Bare ORCID ("0000-0002-1825-0097") from an AUID value such as "ORCID: https://orcid.org/0000-...". */
export function orcidOf(value: string): string | undefined {
  if (!/orcid/i.test(value) && !ORCID.test(value)) return undefined;
  const match = ORCID.exec(value);
  return match ? match[1].toUpperCase() : undefined;
}

const MAIL_NOTE = /\b(?:electronic address|e-?mail(?: address)?)\s*(?::|\.?\s*$)/i;

/** Index just past the last character that is not whitespace or . ; , */
function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c === 32 || c === 46 || c === 59 || c === 44 || c === 9 || c === 10 || c === 13 || c === 160) end--;
    else break;
  }
  return end;
}

/**
 * Splits one AD value into affiliations: PubMed joins several with "; " on older records, and
 * appends e-mail addresses ("... China. Electronic address: x@y.cn." or "... Greece. x@y.com.").
 * E-mail addresses are personal data and no part of an address, so they are removed. HTML
 * entities are decoded first so that "&amp;" does not split an address at its ";".
 */
export function splitAddresses(value: string): string[] {
  let text = decodeHtmlEntities(value);
  // Cheap substring checks first: most addresses have neither a note nor an e-mail address.
  if (text.includes('mail') || text.includes('Mail') || text.includes('ddress')) {
    const note = text.search(MAIL_NOTE);
    if (note >= 0) text = text.slice(0, note);
  }
  if (text.includes('@')) text = text.replace(/\s?[^\s@;]{1,64}@[^\s;]{1,255}/g, '');
  const parts = text.includes(';') ? text.split(/\s*;\s+/) : [text];
  const out: string[] = [];
  for (const part of parts) {
    const clean = part.slice(0, trimmedEnd(part)).trim();
    if (clean) out.push(clean);
  }
  return out;
}
