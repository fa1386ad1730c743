/**
 * Whitespace other than single spaces: runs of two, tabs, line breaks and the Unicode spaces that
 * `\s` matches.
 */
const MESSY = /\s\s|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Same result as `squash` (runs of whitespace -> one space, trimmed) but about twice as fast on
 * the long, mostly clean cells of CSV exports (abstracts, references), because clean text is only
 * tested, not rebuilt.
 */
export const tidy = (value: string): string => (MESSY.test(value) ? value.replace(/\s+/g, ' ').trim() : value.trim());

/**
 * Sets `record[key]` only when `value` is defined, so records carry only the fields the file
 * filled. (Deleting the undefined ones afterwards, as this code once did, turned every record into
 * one of V8's slow dictionary-mode objects.)
 */
export function setDefined<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) record[key] = value;
}
