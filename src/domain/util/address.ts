import type { Affiliation } from '../model';
import { commaFields, squash } from './text';

const US_STATES = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(' '));

/** Variant country spellings seen in WoS, Scopus, PubMed and Dimensions, mapped to one name. */
const COUNTRY_ALIASES: Record<string, string> = {
  'usa': 'USA', 'united states': 'USA', 'united states of america': 'USA', 'u.s.a.': 'USA', 'us': 'USA',
  'peoples r china': 'China', "people's republic of china": 'China', 'pr china': 'China', 'p.r. china': 'China', 'china': 'China',
  'england': 'United Kingdom', 'scotland': 'United Kingdom', 'wales': 'United Kingdom', 'north ireland': 'United Kingdom', 'northern ireland': 'United Kingdom', 'uk': 'United Kingdom', 'united kingdom': 'United Kingdom', 'great britain': 'United Kingdom',
  'south korea': 'South Korea', 'korea': 'South Korea', 'republic of korea': 'South Korea', 'korea, republic of': 'South Korea', 'rep. of korea': 'South Korea',
  'russia': 'Russia', 'russian federation': 'Russia', 'iran': 'Iran', 'islamic republic of iran': 'Iran',
  'turkiye': 'Turkey', 'türkiye': 'Turkey', 'turkey': 'Turkey', 'viet nam': 'Vietnam', 'vietnam': 'Vietnam',
  'u arab emirates': 'United Arab Emirates', 'united arab emirates': 'United Arab Emirates', 'uae': 'United Arab Emirates',
  'czech republic': 'Czech Republic', 'czechia': 'Czech Republic', 'taiwan': 'Taiwan', 'hong kong': 'Hong Kong',
  'the netherlands': 'Netherlands', 'netherlands': 'Netherlands', 'brasil': 'Brazil',
  'brunei darussalam': 'Brunei',
};

const COUNTRY_NAMES = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan', 'Bahamas', 'Bahrain',
  'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Bosnia & Herceg', 'Botswana', 'Brazil',
  'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Central African Republic', 'Chad', 'Chile',
  'Colombia', 'Comoros', 'Congo', 'Costa Rica', "Cote d'Ivoire", 'Cote Ivoire', 'Croatia', 'Cuba', 'Cyprus', 'Denmark', 'Djibouti', 'Dominican Republic', 'Dominican Rep',
  'Ecuador', 'Egypt', 'El Salvador', 'Eritrea', 'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia',
  'Germany', 'Ghana', 'Greece', 'Guatemala', 'Guinea', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iraq',
  'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon',
  'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Macau', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta',
  'Mauritania', 'Mauritius', 'Mexico', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nepal',
  'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palestine', 'Panama', 'Papua New Guinea',
  'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Puerto Rico', 'Qatar', 'Romania', 'Rwanda', 'Saudi Arabia', 'Senegal', 'Serbia',
  'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan',
  'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Trinidad Tobago', 'Trinidad and Tobago', 'Tunisia', 'Turkmenistan', 'Uganda',
  'Ukraine', 'Uruguay', 'Uzbekistan', 'Venezuela', 'Yemen', 'Zambia', 'Zimbabwe', 'Greenland', 'Gibraltar', 'Guadeloupe', 'Martinique', 'Reunion', 'New Caledonia', 'French Polynesia',
];

const COUNTRIES = new Map<string, string>();
for (const name of COUNTRY_NAMES) COUNTRIES.set(name.toLowerCase(), name);
for (const [alias, name] of Object.entries(COUNTRY_ALIASES)) COUNTRIES.set(alias, name);

/** Canonical country name for a free-text country (case-insensitive), or undefined. */
export function canonicalCountry(value: string): string | undefined {
  const key = squash(value).replace(/[.;]+$/, '').toLowerCase();
  const direct = COUNTRIES.get(key);
  if (direct) return direct;
  // "MA 02139 USA", "CA 94305, USA", "Beijing 100084, Peoples R China"
  const tokens = key.split(/\s+/);
  if (tokens.length > 1 && (tokens[tokens.length - 1] === 'usa' || (US_STATES.has(tokens[0].toUpperCase()) && /^\d{5}(-\d{4})?$/.test(tokens[1] ?? '')))) return 'USA';
  for (let i = 1; i < tokens.length; i++) {
    const tail = COUNTRIES.get(tokens.slice(i).join(' '));
    if (tail) return tail;
  }
  return undefined;
}

/** Words that name a whole organisation (a university, an institute, a hospital, a company). */
const ORGANISATION = /\b(univ|universi|institut|hosp|hospital|academy|acad|council|foundation|fdn|corp|inc|ltd|gmbh|company|co\b|agency|ministry|minist|observatory|museum|clinic|polytech|politecn|ecole|cnrs|inserm|csic|max planck|chinese acad)/i;
/** Organisation words that are also used for parts of a university ("College of Engineering"). */
const WEAK_ORGANISATION = /\b(college|ctr|center|centre|laborator|school)/i;
const DEPARTMENT = /^(dept|department|fac|faculty|sch|school of|college of|div|division|lab|grp|group|sect|section|unit|program|programme|key lab|state key)\b/i;

/** Spans of the address's segments (reused: parsing is synchronous). */
const spanStarts: number[] = [];
const spanEnds: number[] = [];

/**
 * Parses one address line ("[Smith, J; Doe, A] Univ Example, Dept Phys, City, Country.") into
 * institution and country (the last segment, with US "ST 12345 USA" forms and country aliases
 * resolved). WoS writes the organisation first (`organisationFirst`, the default); Scopus,
 * PubMed and Dimensions usually start with the department, so there the first segment that looks
 * like an organisation is taken.
 */
export function parseAffiliation(raw: string, organisationFirst = true): Affiliation {
  const clean = squash(raw);
  // Without a leading "[names]" (the common case: WoS entries come without it) the address is `clean`.
  const text = raw.charCodeAt(0) === 91 ? squash(raw.replace(/^\[[^\]]*\]\s*/, '')) : clean;
  // The comma-separated segments, trimmed and non-empty, as spans (a final "." left out): only the
  // ones used are cut out.
  const count = commaFields(text, 0, text.charCodeAt(text.length - 1) === 46 ? text.length - 1 : text.length, spanStarts, spanEnds);
  const affiliation: Affiliation = { raw: clean };
  if (count === 0) return affiliation;
  const segment = (i: number): string => text.slice(spanStarts[i], spanEnds[i]);
  if (organisationFirst) affiliation.institution = segment(0);
  else {
    const segments = Array.from({ length: count }, (_, i) => segment(i));
    const candidates = segments.slice(0, Math.max(1, count - 1));
    affiliation.institution =
      candidates.find((s) => ORGANISATION.test(s) && !DEPARTMENT.test(s)) ??
      candidates.find((s) => ORGANISATION.test(s)) ??
      candidates.find((s) => WEAK_ORGANISATION.test(s) && !DEPARTMENT.test(s)) ??
      candidates.find((s) => !DEPARTMENT.test(s)) ??
      segments[0];
  }
  for (let i = count - 1; i >= Math.max(1, count - 2); i--) {
    const country = canonicalCountry(segment(i));
    if (country) {
      affiliation.country = country;
      break;
    }
  }
  if (!affiliation.country && count === 1) affiliation.country = canonicalCountry(segment(0));
  return affiliation;
}
