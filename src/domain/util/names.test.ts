import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Author } from '../model';
import { authorFromDisplayName, authorFromName, initialsOf } from './names';
import { squash } from './text';

/** The plain regex-and-split definitions the fast paths of names.ts must agree with. */
function referenceInitials(given: string): string {
  const letters: string[] = [];
  for (const part of given.split(/[\s.-]+/)) {
    if (!part) continue;
    if (part.length <= 3 && part === part.toUpperCase() && /^\p{Lu}+$/u.test(part)) letters.push(part);
    else letters.push(part[0].toUpperCase());
  }
  return letters.join('');
}

function referenceAuthor(name: string): Author {
  const clean = squash(name);
  let surname = clean;
  let given = '';
  const comma = clean.indexOf(',');
  if (comma >= 0) {
    surname = clean.slice(0, comma).trim();
    given = clean.slice(comma + 1).trim();
  } else {
    const match = /^(.*?)\s+((?:\p{Lu}\.?-?)+(?:\s+(?:\p{Lu}\.?-?)+)*)$/u.exec(clean);
    if (match) [, surname, given] = match;
  }
  const initials = given ? referenceInitials(given) : '';
  return { fullName: given ? `${surname}, ${given}` : surname, shortName: initials ? `${surname}, ${initials}` : surname, surname, given: given || undefined, affiliationIndices: [] };
}

const namePart = fc.constantFrom('Aria', 'Massimo', 'M', 'MA', 'ABCD', 'J.-P.', 'Jean-Pierre', 'van', 'Eck', 'Ó', 'Łukasz', 'ab', 'A.B.', 'de la', 'Smith', '3M', '', '  ', '\t', 'é', '李');
const separator = fc.constantFrom(', ', ',', ' ', '  ', ' , ', '.', '-', ' - ');
const names = fc.oneof(
  fc.array(fc.tuple(namePart, separator), { maxLength: 5 }).map((parts) => parts.map(([p, s]) => p + s).join('')),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('A', 'b', 'Z', 'é', ' ', '.', '-', ',', '\t'), maxLength: 16 }),
);

describe('initialsOf', () => {
  it.each([
    ['Essam H.', 'EH'],
    ['Jean-Pierre', 'JP'],
    ['A.B.', 'AB'],
    ['MA', 'MA'],
    ['ABCD', 'A'],
    ['massimo', 'M'],
    ['Łukasz', 'Ł'],
  ])('%s -> %s', (given, initials) => expect(initialsOf(given)).toBe(initials));

  it('agrees with the split-and-regex definition on any text', () => {
    fc.assert(fc.property(names, (given) => {
        expect(initialsOf(given)).toBe(referenceInitials(given));
      }), { numRuns: 20_000 });
  });
});

describe('authorFromName', () => {
  it('reads "Surname, Given" and "Surname Initials"', () => {
    expect(authorFromName('Aria, Massimo')).toEqual({ fullName: 'Aria, Massimo', shortName: 'Aria, M', surname: 'Aria', given: 'Massimo', affiliationIndices: [] });
    expect(authorFromName('van Eck NJ')).toMatchObject({ fullName: 'van Eck, NJ', shortName: 'van Eck, NJ', surname: 'van Eck' });
    expect(authorFromName('Aria, M', { orcid: '0000-0002-8517-9411' })).toMatchObject({ shortName: 'Aria, M', orcid: '0000-0002-8517-9411' });
  });

  it('agrees with the plain definition on any text', () => {
    fc.assert(fc.property(names, (name) => {
        expect(authorFromName(name)).toEqual(referenceAuthor(name));
      }), { numRuns: 20_000 });
  });

  it('gives each author its own affiliation list', () => {
    const a = authorFromName('Aria, M');
    const b = authorFromName('Aria, M');
    a.affiliationIndices.push(1);
    expect(b.affiliationIndices).toEqual([]);
    expect(authorFromDisplayName('Massimo Aria')).toMatchObject({ fullName: 'Aria, Massimo', shortName: 'Aria, M' });
  });
});
