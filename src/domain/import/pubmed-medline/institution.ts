/** Institution and country of a PubMed address line, where the department usually comes first. */
import type { Affiliation } from '../../model';
import { canonicalCountry } from '../../util/address';

/**
 * Kinds of organisation from the broadest to the narrowest. PubMed addresses run from department
 * to country ("Dept X, Institute Y, University Z, City, Country"); the institution counted in
 * bibliometric tables is the top-level organisation, so a university beats a hospital, which
 * beats an institute or centre that may be part of either.
 */
const TIERS: RegExp[] = [
  /universi|\buniv\b|hochschule|politecnic|polytechnic|\b[eé]cole\b/i,
  /academy|\bacad\b|hospital|\bhosp\b|college|\bschool\b|\bclinics?\b|ministry|council|agency|foundation|corporation|\binc\b|\bltd\b|gmbh|company|organi[sz]ation|observatory|museum|authority/i,
  /institut|\bcenter\b|\bcentre\b|laborator|\bcnrs\b|\binserm\b/i,
];

const DEPARTMENT = /^(dept|department|division|unit|section|faculty|programme|program|laboratory of|lab of|school of|college of)\b/i;

/**
 * Parses one PubMed address ("Dept X, University Y, City, Country"). Country: the last or
 * second-to-last comma segment that `canonicalCountry` recognises (as `parseAffiliation` does).
 * Institution: the first segment of the broadest kind of organisation (see TIERS), else the first
 * segment, since a department or firm name is more useful than a city.
 */
export function parsePubmedAffiliation(raw: string): Affiliation {
  const segments: string[] = [];
  for (const part of raw.split(',')) {
    const segment = part.trim();
    if (segment) segments.push(segment);
  }
  const affiliation: Affiliation = { raw };
  if (segments.length === 0) return affiliation;
  const lowest = segments.length === 1 ? 0 : Math.max(1, segments.length - 2);
  for (let i = segments.length - 1; i >= lowest; i--) {
    // A country segment is short; the length guard keeps junk cells from costing quadratic time.
    const country = segments[i].length <= 200 ? canonicalCountry(segments[i]) : undefined;
    if (country) {
      affiliation.country = country;
      break;
    }
  }
  // The last segment is the country (or a city) and never the institution.
  const candidates = segments.length > 1 ? segments.slice(0, -1) : segments;
  for (const tier of TIERS) {
    if (!tier.test(raw)) continue;
    const found = candidates.find((s) => tier.test(s) && !DEPARTMENT.test(s));
    if (found) {
      affiliation.institution = found.replace(/\.$/, '');
      return affiliation;
    }
  }
  affiliation.institution = candidates[0].replace(/\.$/, '');
  return affiliation;
}
