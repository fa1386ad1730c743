/**
 * Candidate label terms of a document: title words and word pairs, and keywords, reduced to keys
 * that merge case and simple English plurals ("Networks" and "network" share the key "network").
 * Used by cluster labelling (ANALYTICS.md section 8).
 */

/**
 * A compact English stop-word list (function words, plus the glue words of titles such as "using",
 * "based" and "via"). Topical words ("analysis", "study") are kept: users add them through
 * `extraStopWords` when a corpus overuses them.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above across after again against all almost along also although am among an and another any are ' +
    'around as at be been before being below between both but by can could did do does doing down during each ' +
    'either etc few for from further had has have having he her here hers him his how however i if in into is ' +
    'it its itself just may me might more most much must my near neither no nor not of off on once one only or ' +
    'other our ours out over own per rather same several shall she should since so some such than that the their ' +
    'theirs them themselves then there these they this those though through thus to too toward towards under ' +
    'until up upon us using based via versus vs was we were what when where whether which while who whom whose ' +
    'why will with within without would yet you your'
  ).split(' '),
);

/** Words that end in "s" without being plurals, or whose plural rule below would mangle them. */
const NOT_PLURAL = new Set(['series', 'species', 'news', 'bias', 'gas', 'lens', 'chaos', 'ethics', 'physics', 'mathematics', 'economics', 'politics', 'statistics', 'genetics', 'linguistics', 'covid', 'aids', 'sars', 'dos']);

/**
 * Merges simple English plurals into the singular: "studies" -> "study", "processes" -> "process",
 * "approaches" -> "approach", "networks" -> "network". Words ending in "ss", "us", "is" or "ous",
 * words of three letters or fewer and a few listed exceptions are left alone. A light rule set, not
 * a stemmer: it only has to give one key to the forms a title list actually mixes.
 */
export function singularize(word: string): string {
  if (word.length <= 3 || NOT_PLURAL.has(word) || !word.endsWith('s')) return word;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:sses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Options of {@link documentTerms}. */
export interface TermOptions {
  /** Also take pairs of adjacent content words of a title as terms. Default true. */
  bigrams: boolean;
  /** Take title words (and pairs). Default true. */
  useTitles: boolean;
  /** Take keywords, each keyword as one term. Default true. */
  useKeywords: boolean;
  /** Further stop words, lower case. */
  extraStopWords: readonly string[];
}

export const DEFAULT_TERM_OPTIONS: Readonly<TermOptions> = { bigrams: true, useTitles: true, useKeywords: true, extraStopWords: [] };

/** What labelling needs of one document. */
export interface LabelDocument {
  title: string;
  /** Author keywords and/or index keywords, as written. */
  keywords: readonly string[];
}

/** One occurrence of a term in a document: its merge key and the spelling met. */
export interface TermOccurrence {
  key: string;
  surface: string;
}

// Punctuation that ends a phrase: a word pair never spans it.
const PHRASE_BREAK = /[.,;:!?()[\]{}"“”«»|/]+|\s[-–—]+\s/;
// Words: letters and digits, hyphens and apostrophes inside ("co-citation", "bradford's").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const keyOfWord = (word: string): string => word.split('-').map(singularize).join('-');

const isContentWord = (word: string, stop: ReadonlySet<string>): boolean => word.length >= 2 && !/^\p{N}+$/u.test(word) && !stop.has(word);

/** Lower-cased, whitespace-squashed form of a keyword; its key merges plurals word by word. */
const keywordOccurrence = (keyword: string): TermOccurrence | undefined => {
  const surface = keyword.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!surface) return undefined;
  return { key: surface.split(' ').map(keyOfWord).join(' '), surface };
};

/** Builds the stop-word set of a term options object (the default list plus the extra words). */
export const stopWordsOf = (options: Pick<TermOptions, 'extraStopWords'>): ReadonlySet<string> =>
  options.extraStopWords.length ? new Set([...ENGLISH_STOP_WORDS, ...options.extraStopWords.map((w) => w.toLowerCase())]) : ENGLISH_STOP_WORDS;

/**
 * The term occurrences of one document, in order: title words (lower case, stop words, numbers and
 * one-letter words removed) and pairs of adjacent kept words within a phrase (a stop word or
 * punctuation between them breaks the pair), then keywords, each as one term. A term repeated in
 * a document occurs repeatedly.
 */
export function documentTerms(doc: LabelDocument, options: Partial<TermOptions> = {}, stopWords?: ReadonlySet<string>): TermOccurrence[] {
  const opts = { ...DEFAULT_TERM_OPTIONS, ...options };
  const stop = stopWords ?? stopWordsOf(opts);
  const out: TermOccurrence[] = [];
  if (opts.useTitles && doc.title) {
    for (const phrase of doc.title.toLowerCase().split(PHRASE_BREAK)) {
      let previous: TermOccurrence | undefined;
      for (const match of phrase.matchAll(WORD)) {
        const word = match[0].replace(/’/g, "'");
        if (!isContentWord(word, stop)) {
          previous = undefined;
          continue;
        }
        const current = { key: keyOfWord(word), surface: word };
        out.push(current);
        if (opts.bigrams && previous) out.push({ key: `${previous.key} ${current.key}`, surface: `${previous.surface} ${current.surface}` });
        previous = current;
      }
    }
  }
  if (opts.useKeywords) {
    for (const keyword of doc.keywords) {
      const occurrence = keywordOccurrence(keyword);
      if (occurrence) out.push(occurrence);
    }
  }
  return out;
}
