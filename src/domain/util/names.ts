import type { Author } from '../model';
import { squash } from './text';

/** Initials of given names: "Essam H." -> "EH", "Jean-Pierre" -> "JP", "A.B." -> "AB". */
export function initialsOf(given: string): string {
  // ASCII names (nearly all) are read in place; anything else takes the general path.
  let initials = '';
  let start = -1;
  for (let i = 0; i <= given.length; i++) {
    const c = i < given.length ? given.charCodeAt(i) : 32;
    if (c > 127) return initialsOfAny(given);
    if (c !== 32 && c !== 46 && c !== 45 && (c < 9 || c > 13)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      initials += partInitials(given, start, i);
      start = -1;
    }
  }
  return initials;
}

/** The initials of the ASCII name part `given[start, end)`: itself when it is one to three capitals. */
function partInitials(given: string, start: number, end: number): string {
  let capitals = end - start <= 3;
  for (let i = start; capitals && i < end; i++) {
    const c = given.charCodeAt(i);
    capitals = c >= 65 && c <= 90;
  }
  if (capitals) return given.slice(start, end);
  const first = given.charCodeAt(start);
  return first >= 97 && first <= 122 ? String.fromCharCode(first - 32) : given[start];
}

function initialsOfAny(given: string): string {
  const letters: string[] = [];
  for (const part of given.split(/[\s.-]+/)) {
    if (!part) continue;
    // "AB" written as initials already stays "AB"; "Ab" is a name -> "A".
    if (part.length <= 3 && part === part.toUpperCase() && /^\p{Lu}+$/u.test(part)) letters.push(part);
    else letters.push(part[0].toUpperCase());
  }
  return letters.join('');
}

/**
 * Builds an Author from "Surname, Given" (or "Surname Initials" without a comma, as PubMed AU and
 * Scopus write it). `fullName` keeps the given form, `shortName` is "Surname, INITIALS".
 */
export function authorFromName(name: string, extra?: Partial<Author>): Author {
  const clean = squash(name);
  let surname: string;
  let given = '';
  let fullName: string;
  const comma = clean.indexOf(',');
  if (comma >= 0) {
    surname = clean.slice(0, comma).trim();
    given = clean.slice(comma + 1).trim();
    // "Surname, Given" as written needs no new string.
    fullName = !given ? surname : surname.length === comma && clean.length === comma + 2 + given.length ? clean : `${surname}, ${given}`;
  } else {
    // "Smith J.A." / "Smith JA" / "van der Berg A." -> trailing initials token(s)
    const match = /^(.*?)\s+((?:\p{Lu}\.?-?)+(?:\s+(?:\p{Lu}\.?-?)+)*)$/u.exec(clean);
    if (match) {
      surname = match[1];
      given = match[2];
    } else {
      surname = clean;
    }
    fullName = given ? `${surname}, ${given}` : surname;
  }
  const initials = given ? initialsOf(given) : '';
  const author: Author = {
    fullName,
    shortName: !initials ? surname : initials === given && fullName === clean ? clean : `${surname}, ${initials}`,
    surname,
    given: given || undefined,
    affiliationIndices: [],
  };
  return extra ? Object.assign(author, extra) : author;
}

/** Builds an Author from a "Given Surname" display name (Lens, OpenAlex, Dimensions). */
export function authorFromDisplayName(name: string, extra: Partial<Author> = {}): Author {
  const clean = squash(name);
  if (clean.includes(',')) return authorFromName(clean, extra);
  const parts = clean.split(' ');
  if (parts.length === 1) return authorFromName(clean, extra);
  // Keep lower-case particles with the surname: "Ludwig van Beethoven" -> "van Beethoven".
  let cut = parts.length - 1;
  while (cut > 1 && /^(van|von|der|den|de|da|del|della|di|du|le|la|dos|das|bin|al|el|ter|ten)$/i.test(parts[cut - 1])) cut--;
  return authorFromName(`${parts.slice(cut).join(' ')}, ${parts.slice(0, cut).join(' ')}`, extra);
}
