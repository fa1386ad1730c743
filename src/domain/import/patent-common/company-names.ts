/**
 * Party lists joined with `, ` (Google Patents `assignee` and `inventor/author`). The separator
 * collides with company legal forms written after a comma (`Kiverdi, Inc.`, `Microsoft Technology
 * Licensing, Llc`, `Grupo Rotoplas, S.A. De C.V.`), so after splitting, a token that is only a
 * legal form is joined back to the name before it.
 */

/**
 * Legal forms and name suffixes that never stand alone as a party, lower-case, without the final
 * period (matched with or without it). Brazilian forms (`Ltda`, `S/A`, `Eireli`, `ME`, `EPP`) are
 * common in Google Patents' BR records.
 */
export const COMPANY_SUFFIXES: readonly string[] = [
  'inc', 'incorporated', 'llc', 'l.l.c', 'llp', 'l.l.p', 'lp', 'l.p', 'ltd', 'l.t.d', 'limited', 'co', 'corp', 'corporation',
  'plc', 'p.l.c', 'pty', 'pte', 'bhd', 'sdn bhd', 'pvt', 'gmbh', 'mbh', 'ag', 'kg', 'kgaa', 'ohg', 'e.v', 'ev', 'se',
  'sa', 's.a', 's. a', 's/a', 's.a.s', 'sas', 's.a.u', 's.a.r.l', 'sarl', 's.p.a', 'spa', 's.r.l', 'srl', 's.l', 'sl', 'c.v', 'cv',
  'b.v', 'bv', 'n.v', 'nv', 'a/s', 'as', 'asa', 'aps', 'ab', 'oy', 'oyj', 'k.k', 'kk', 'ltda', 'eireli', 'eirelli', 'me', 'epp',
  'jr', 'sr', 'ii', 'iii', 'iv',
];

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const SUFFIX = `(?:${[...COMPANY_SUFFIXES].sort((a, b) => b.length - a.length).map(escape).join('|')})\\.?`;
/** One legal form, or several in a row (`Co., Ltd.`, `S.A. de C.V.`, `GmbH & Co. KG`, `Ltda - ME`). */
const SUFFIX_TOKEN = new RegExp(`^${SUFFIX}(?:\\s*(?:[,&-]\\s*|\\s+de\\s+|\\s+)${SUFFIX})*$`, 'i');

/** Tokens that continue the previous name although they are longer than a legal form. */
const CONTINUATIONS: readonly { previous: RegExp; token: RegExp }[] = [
  // "L'Air Liquide, Société Anonyme pour l'Étude et l'Exploitation des Procédés Georges Claude"
  { previous: /\S/, token: /^(?:soci[eé]t[eé] anonyme|sociedad an[oó]nima|sociedade an[oô]nima)\b/i },
  // Brazilian federal institutes: "Instituto Federal de Educação, Ciência e Tecnologia do ..."
  { previous: /educa[cç][aã]o$/i, token: /^ci[eê]ncia\b/i },
];

const SUFFIX_SET = new Set(COMPANY_SUFFIXES);
const stripDot = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);
/** First words of the legal forms (`sdn` of `sdn bhd`, `s` of `s. a`): a combined form must start with one. */
const FIRST_WORDS = new Set(COMPANY_SUFFIXES.map((suffix) => stripDot(suffix.split(' ')[0])));
/** Longer tokens are names, never legal forms alone (the longest form, `S.A. de C.V.`, has 12). */
const MAX_SUFFIX_LENGTH = 24;

/** True when a token is only a legal form or name suffix (`Inc.`, `Llc`, `Co., Ltd.`, `S/A`, `Jr`). */
export function isCompanySuffix(token: string): boolean {
  const text = token.trim();
  if (text.length === 0 || text.length > MAX_SUFFIX_LENGTH) return false;
  const lower = text.toLowerCase();
  if (SUFFIX_SET.has(stripDot(lower))) return true;
  // A combined form (`Co., Ltd.`, `S.A. de C.V.`) starts with a legal form itself.
  const firstWord = /^[^\s,&-]+/.exec(lower)?.[0] ?? '';
  if (firstWord === lower || !FIRST_WORDS.has(stripDot(firstWord))) return false;
  return SUFFIX_TOKEN.test(text);
}

/**
 * Splits a party list on `separator` (default `, `), trims the parties, drops empty ones and joins
 * legal forms back to the name they belong to: `Air Products And Chemicals, Inc., Evonik Fibres
 * Gmbh` -> [`Air Products And Chemicals, Inc.`, `Evonik Fibres Gmbh`].
 */
export function splitParties(cell: string, separator = ', '): string[] {
  const parties: string[] = [];
  if (!cell) return parties;
  for (const raw of cell.split(separator)) {
    const token = raw.trim();
    if (!token) continue;
    const last = parties.length - 1;
    if (last >= 0 && (isCompanySuffix(token) || CONTINUATIONS.some((rule) => rule.previous.test(parties[last]) && rule.token.test(token)))) {
      parties[last] = `${parties[last]}${separator}${token}`;
    } else {
      parties.push(token);
    }
  }
  return parties;
}
