import type { Author } from '../model';
import { squash } from './text';

/** Initials of given names: "Essam H." -> "EH", "Jean-Pierre" -> "JP", "A.B." -> "AB". */
export function initialsOf(given: string): string {
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
export function authorFromName(name: string, extra: Partial<Author> = {}): Author {
  const clean = squash(name);
  let surname: string;
  let given = '';
  const comma = clean.indexOf(',');
  if (comma >= 0) {
    surname = clean.slice(0, comma).trim();
    given = clean.slice(comma + 1).trim();
  } else {
    // "Smith J.A." / "Smith JA" / "van der Berg A." -> trailing initials token(s)
    const match = /^(.*?)\s+((?:\p{Lu}\.?-?)+(?:\s+(?:\p{Lu}\.?-?)+)*)$/u.exec(clean);
    if (match) {
      surname = match[1];
      given = match[2];
    } else {
      surname = clean;
    }
  }
  const initials = given ? initialsOf(given) : '';
  return {
    fullName: given ? `${surname}, ${given}` : surname,
    shortName: initials ? `${surname}, ${initials}` : surname,
    surname,
    given: given || undefined,
    affiliationIndices: [],
    ...extra,
  };
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
