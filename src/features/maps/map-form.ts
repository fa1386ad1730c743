import { DEFAULT_MAP_OPTIONS, isThesaurusUnit } from '../../services';
import type { MapOptions, NetworkType, ThesaurusCheck, ThesaurusFile, UnitKind } from '../../services';

/** A thesaurus file picked in the dialog and what the worker found in it (a file that cannot be used is kept to say why). */
export interface FormThesaurus {
  file: ThesaurusFile;
  check: ThesaurusCheck;
}

/** The analysis panel's state: numbers kept as typed text so a field can be empty while edited. */
export interface MapForm {
  type: NetworkType;
  unit: UnitKind;
  counting: MapOptions['counting'];
  minOccurrences: string;
  topN: string;
  maxAuthors: string;
  normalization: MapOptions['normalization'];
  quality: MapOptions['quality'];
  resolution: string;
  minClusterSize: string;
  randomStarts: string;
  seed: string;
  /** Kept across changes of type and unit; applied only to keyword and term units. */
  thesaurus?: FormThesaurus;
}

export const NETWORK_TYPES: readonly NetworkType[] = ['co-citation', 'coupling', 'co-authorship', 'co-occurrence'];
export const NORMALIZATIONS: readonly MapOptions['normalization'][] = ['association-strength', 'cosine', 'jaccard', 'inclusion', 'none'];

/**
 * Above this many items (the size the Maps screen is benchmarked at) the form suggests a higher
 * minimum or a cap on the items; the cap it offers is VOSviewer's default number of items to select.
 */
export const LARGE_MAP_ITEMS = 5000;
export const SUGGESTED_TOP_ITEMS = 1000;

/** Whether the map the form describes would hold more than {@link LARGE_MAP_ITEMS} items. */
export function isLargeMap(form: MapForm, itemsMeetingThreshold: number | undefined): boolean {
  const top = parseNumber(form.topN);
  const items = Math.min(itemsMeetingThreshold ?? 0, top !== undefined && top > 0 ? top : Infinity);
  return items > LARGE_MAP_ITEMS;
}

/** Starting thresholds per type, close to VOSviewer's defaults and sized for datasets of a few hundred records. */
const DEFAULT_MIN: Record<NetworkType, number> = { 'co-citation': 10, coupling: 5, 'co-authorship': 3, 'co-occurrence': 5 };
const DEFAULT_UNIT: Record<NetworkType, UnitKind> = { 'co-citation': 'cited-references', coupling: 'documents', 'co-authorship': 'authors', 'co-occurrence': 'keywords' };

export function defaultForm(type: NetworkType = 'co-citation'): MapForm {
  return {
    type,
    unit: DEFAULT_UNIT[type],
    counting: DEFAULT_MAP_OPTIONS.counting,
    minOccurrences: String(DEFAULT_MIN[type]),
    topN: '',
    maxAuthors: type === 'co-authorship' ? '25' : '',
    normalization: DEFAULT_MAP_OPTIONS.normalization,
    quality: DEFAULT_MAP_OPTIONS.quality,
    resolution: String(DEFAULT_MAP_OPTIONS.resolution),
    minClusterSize: String(DEFAULT_MAP_OPTIONS.minClusterSize),
    randomStarts: String(DEFAULT_MAP_OPTIONS.randomStarts),
    seed: String(DEFAULT_MAP_OPTIONS.seed),
  };
}

/** Changing the type resets what depends on it (unit, minimum, author limit), keeping the rest. */
export function withType(form: MapForm, type: NetworkType): MapForm {
  const fresh = defaultForm(type);
  return { ...form, type, unit: fresh.unit, minOccurrences: fresh.minOccurrences, maxAuthors: fresh.maxAuthors };
}

const parseNumber = (text: string): number | undefined => {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) ? value : undefined;
};

/** A positive whole number, or undefined when empty or invalid. */
export const parseCount = (text: string): number | undefined => {
  const value = parseNumber(text);
  return value !== undefined && value >= 1 ? Math.floor(value) : undefined;
};

export type FormErrors = Partial<Record<'minOccurrences' | 'topN' | 'maxAuthors' | 'resolution' | 'minClusterSize' | 'randomStarts' | 'seed', true>>;

export function validateForm(form: MapForm): FormErrors {
  const errors: FormErrors = {};
  const min = parseNumber(form.minOccurrences);
  if (min === undefined || min < 0) errors.minOccurrences = true;
  if (form.topN.trim() && parseCount(form.topN) === undefined) errors.topN = true;
  if (form.maxAuthors.trim() && parseCount(form.maxAuthors) === undefined) errors.maxAuthors = true;
  const resolution = parseNumber(form.resolution);
  if (resolution === undefined || resolution <= 0) errors.resolution = true;
  if (parseCount(form.minClusterSize) === undefined) errors.minClusterSize = true;
  const starts = parseCount(form.randomStarts);
  if (starts === undefined || starts > 100) errors.randomStarts = true;
  const seed = parseNumber(form.seed);
  if (seed === undefined || !Number.isInteger(seed) || seed < 0) errors.seed = true;
  return errors;
}

/** The minimum as a number for the live count (0 while the field is empty or invalid). */
export const minimumOf = (form: MapForm): number => Math.max(0, parseNumber(form.minOccurrences) ?? 0);

/** The thesaurus file the form applies: a usable one, on a keyword or term unit. */
export const appliedThesaurus = (form: Pick<MapForm, 'unit' | 'thesaurus'>): ThesaurusFile | undefined =>
  form.thesaurus?.check.isUsable && isThesaurusUnit(form.unit) ? form.thesaurus.file : undefined;

/** The domain options of a valid form (with the thesaurus only when it applies). */
export function toMapOptions(form: MapForm): MapOptions {
  const thesaurus = appliedThesaurus(form);
  return {
    ...DEFAULT_MAP_OPTIONS,
    type: form.type,
    unit: form.unit,
    counting: form.counting,
    minOccurrences: minimumOf(form),
    topN: parseCount(form.topN),
    maxAuthorsPerDocument: parseCount(form.maxAuthors),
    normalization: form.normalization,
    quality: form.quality,
    resolution: parseNumber(form.resolution) ?? DEFAULT_MAP_OPTIONS.resolution,
    minClusterSize: parseCount(form.minClusterSize) ?? DEFAULT_MAP_OPTIONS.minClusterSize,
    randomStarts: parseCount(form.randomStarts) ?? DEFAULT_MAP_OPTIONS.randomStarts,
    seed: parseNumber(form.seed) ?? DEFAULT_MAP_OPTIONS.seed,
    ...(thesaurus ? { thesaurus } : {}),
  };
}
