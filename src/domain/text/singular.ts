/**
 * English plural -> singular for merging term variants ("networks" and "network"). Rule-based and
 * deliberately cautious: a word it does not understand is left alone, because a missed merge
 * costs less than a wrong one ("economics" must not become "economic").
 */

/** Irregular and Latin/Greek plurals, and plurals the suffix rules would get wrong. */
const IRREGULAR: Readonly<Record<string, string>> = {
  analyses: 'analysis', hypotheses: 'hypothesis', theses: 'thesis', syntheses: 'synthesis', diagnoses: 'diagnosis',
  prognoses: 'prognosis', parentheses: 'parenthesis', prostheses: 'prosthesis', crises: 'crisis', axes: 'axis',
  bases: 'basis', emphases: 'emphasis', metastases: 'metastasis', criteria: 'criterion', phenomena: 'phenomenon',
  strata: 'stratum', curricula: 'curriculum', memoranda: 'memorandum', spectra: 'spectrum', stimuli: 'stimulus',
  fungi: 'fungus', nuclei: 'nucleus', radii: 'radius', alumni: 'alumnus', foci: 'focus', loci: 'locus',
  indices: 'index', matrices: 'matrix', vertices: 'vertex', appendices: 'appendix', apices: 'apex',
  children: 'child', women: 'woman', men: 'man', feet: 'foot', teeth: 'tooth', geese: 'goose', mice: 'mouse',
  oxen: 'ox', lives: 'life', wives: 'wife', knives: 'knife', halves: 'half', shelves: 'shelf', wolves: 'wolf',
  calves: 'calf', thieves: 'thief', leaves: 'leaf', selves: 'self', loaves: 'loaf',
  viruses: 'virus', campuses: 'campus', statuses: 'status', bonuses: 'bonus', censuses: 'census',
  consensuses: 'consensus', syllabuses: 'syllabus', corpuses: 'corpus', nexuses: 'nexus', buses: 'bus',
  heroes: 'hero', potatoes: 'potato', tomatoes: 'tomato', echoes: 'echo', vetoes: 'veto', volcanoes: 'volcano',
  torpedoes: 'torpedo', mosquitoes: 'mosquito',
  movies: 'movie', cookies: 'cookie', calories: 'calorie', prairies: 'prairie', zombies: 'zombie', rookies: 'rookie',
  selfies: 'selfie', pies: 'pie', ties: 'tie', lies: 'lie', hippies: 'hippie', goalies: 'goalie',
  niches: 'niche', caches: 'cache', headaches: 'headache', avalanches: 'avalanche', moustaches: 'moustache',
  cliches: 'cliche', psyches: 'psyche', topics: 'topic', clinics: 'clinic', characteristics: 'characteristic',
  pandemics: 'pandemic', epidemics: 'epidemic', critics: 'critic', mechanics: 'mechanic', metrics: 'metric',
};

/** Words ending in "s" that are not plurals (or whose plural is the same word). */
const INVARIANT = new Set(
  `data media bacteria news means series species diabetes herpes rabies measles mumps scabies lens bias atlas canvas alias
pancreas gas chaos ethos cosmos pathos kudos thermos logos bios paris athens wales netherlands philippines swiss always
whereas perhaps thus yes its has was his this does goes k-means sars aids covid christmas texas arkansas kansas
people police staff sheep fish deer aircraft research equipment evidence information software hardware feedback`.split(/\s+/),
);

/**
 * Singular form of one lower-case English word. Rules, in order: irregular table; invariants
 * (data, news, series ...); words of 3 letters or fewer, "-ics" (economics, physics), "-ss", "-us",
 * "-is" unchanged; "-ies" -> "-y"; "-sses", "-xes", "-zzes", "-ches", "-shes" -> drop "-es";
 * "-yses" -> "-ysis"; any other "-s" -> drop "-s". Upper-case acronyms are the caller's business.
 */
export function singularize(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || INVARIANT.has(word) || !word.endsWith('s')) return word;
  if (/(?:ics|ss|us|is|'s)$/.test(word)) return word;
  if (word.endsWith('ies')) return word.length > 4 ? `${word.slice(0, -3)}y` : word;
  if (word.endsWith('yses')) return `${word.slice(0, -4)}ysis`;
  if (/(?:sses|xes|zzes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
