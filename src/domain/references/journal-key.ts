import { foldAscii } from '../util/text';

/** Words that abbreviations drop (ISO 4 and WoS J9 both omit them). */
const STOP_WORDS = new Set(['OF', 'THE', 'AND', 'IN', 'FOR', 'ON', 'A', 'AN', 'DE', 'DES', 'DU', 'LA', 'LE', 'DER', 'DIE', 'UND', 'FUR', 'Y', 'E', 'TO', 'AT', 'BY', 'WITH', 'FROM']);

/**
 * The initials key of a journal or book title: the first letter of each significant word,
 * upper-cased and ASCII-folded. It reconciles WoS J9 abbreviations with full Scopus titles
 * because abbreviations keep every significant word's first letter:
 * "J INFORMETR" and "Journal of Informetrics" both give "JI"; "P NATL ACAD SCI USA" gives
 * "PNASUSA" and the full PNAS title gives "PNASUSA" too ("United States of America" -> "USA").
 * J9 truncates at 20 characters, so keys are compared by prefix ({@link journalKeysCompatible}).
 */
export function journalInitials(source: string | undefined): string {
  if (!source) return '';
  const words = foldAscii(source)
    .toUpperCase()
    .replace(/UNITED STATES OF AMERICA/g, 'USA')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ');
  let key = '';
  for (const word of words) {
    if (!word || STOP_WORDS.has(word)) continue;
    if (word === 'USA') key += 'USA';
    else key += word[0];
  }
  return key;
}

/** True when two journal keys can name the same source: equal, one a prefix of the other, or either unknown. */
export function journalKeysCompatible(a: string, b: string): boolean {
  if (!a || !b) return true;
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/** Normalised volume / page token: digits and letters only, leading zeros removed ("V011" -> "11", "P e123" -> "E123"). */
export function numberKey(value: string | undefined): string {
  if (!value) return '';
  if (/^[1-9]\d*$/.test(value)) return value;
  const token = (/^[0-9A-Za-z]+$/.test(value) ? value : foldAscii(value)).toUpperCase().replace(/[^A-Z0-9]/g, '');
  return token.replace(/^0+(?=\d)/, '');
}
