/** Institution of a PubMed address line, where the department usually comes first. */
import type { Affiliation } from '../../model';
import { parseAffiliation } from '../../util/address';

/**
 * Kinds of organisation from the broadest to the narrowest. PubMed addresses run from department
 * to country ("Dept X, Institute Y, University Z, City, Country"); the institution counted in
 * bibliometric tables is the top-level organisation, so a university beats a hospital, which
 * beats an institute or centre that may be part of either.
 */
const TIERS: RegExp[] = [
  /universi|\buniv\b|hochschule|politecnic|polytechnic|\b[eé]cole\b/i,
  /academy|\bacad\b|hospital|\bhosp\b|college|\bschool\b|clinic|ministry|council|agency|foundation|corporation|\binc\b|\bltd\b|gmbh|company|organi[sz]ation|observatory|museum|authority|service/i,
  /institut|\bcenter\b|\bcentre\b|laborator|\bcnrs\b|\binserm\b/i,
];

const DEPARTMENT = /^(dept|department|division|unit|section|faculty|programme|program|laboratory of|lab of|school of|college of)\b/i;

/**
 * Parses one PubMed address: country as `parseAffiliation` finds it, institution = the first
 * segment of the broadest kind of organisation (see TIERS), else the first segment.
 */
export function parsePubmedAffiliation(raw: string): Affiliation {
  const affiliation = parseAffiliation(raw, false);
  const segments = raw.split(',').map((s) => s.trim()).filter(Boolean);
  // The last segment is the country (or city) and never the institution.
  const candidates = segments.length > 1 ? segments.slice(0, -1) : segments;
  for (const tier of TIERS) {
    const found = candidates.find((s) => tier.test(s) && !DEPARTMENT.test(s));
    if (found) {
      affiliation.institution = found.replace(/\.$/, '');
      return affiliation;
    }
  }
  // No recognisable organisation: the first segment (a department or a firm) beats a city.
  if (candidates[0]) affiliation.institution = candidates[0].replace(/\.$/, '');
  return affiliation;
}
