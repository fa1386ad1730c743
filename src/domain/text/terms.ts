/**
 * Candidate terms from English titles and abstracts without a part-of-speech tagger, in the spirit
 * of VOSviewer's noun-phrase extraction (van Eck & Waltman 2011, "Text mining and visualization
 * using VOSviewer", ISSI Newsletter 7(3)): copyright notices and structured-abstract headings are
 * removed, the text is split into sentences and tokens, and a candidate is a maximal run of
 * tokens that are not stop words, verbs or adverbs, trimmed of numbers and filler adjectives at
 * its edges, of 1 to `maxWords` words. Plural and singular forms share one key. Chinese text is
 * segmented into words with `Intl.Segmenter` (character bigrams when it is unavailable).
 */
import { CHINESE_STOP_CHARS, CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS, PHRASE_EDGE_FILLERS, PHRASE_END_ADJECTIVES, SUFFIX_EXCEPTIONS } from './stop-words';
import { singularize } from './singular';

/** Options of {@link extractTerms}. */
export interface ExtractTermsOptions {
  /** Longest candidate, in words; longer runs of content words are not candidates. */
  maxWords?: number;
  /** `auto` reads text that is mostly Chinese/Japanese characters as Chinese. */
  language?: 'auto' | 'en' | 'zh';
  /** Chinese: dictionary words (`Intl.Segmenter`, bigrams when missing) or character bigrams. */
  chinese?: 'words' | 'bigrams';
  /** More stop words (lower-case), e.g. the name of the topic every record shares. */
  stopWords?: Iterable<string>;
}

export const DEFAULT_EXTRACT_TERMS_OPTIONS: Readonly<Required<Omit<ExtractTermsOptions, 'stopWords'>>> = { maxWords: 4, language: 'auto', chinese: 'words' };

/** One occurrence of a candidate term. */
export interface ExtractedTerm {
  /** Merge key: lower-case, hyphens as spaces, every word singular ("resilience indicator"). */
  key: string;
  /** The phrase as written, lower-cased ("resilience indicators"). */
  label: string;
}

/** Section headings of structured abstracts (Emerald, PubMed, Elsevier), longest first. */
const HEADINGS = [
  'research limitations/implications', 'design/methodology/approach', 'originality/value', 'practical implications',
  'social implications', 'materials and methods', 'methods and materials', 'main outcome measures',
  'main outcomes and measures', 'conclusions and relevance', 'aims and objectives', 'evidence acquisition',
  'evidence synthesis', 'data sources', 'study selection', 'data extraction', 'review methods', 'case presentation',
  'trial registration', 'study design', 'background', 'introduction', 'purpose', 'objectives', 'objective', 'aims',
  'aim', 'goals', 'goal', 'methods', 'method', 'methodology', 'design', 'setting', 'participants', 'patients',
  'interventions', 'measurements', 'outcomes', 'results', 'result', 'findings', 'conclusions', 'conclusion',
  'discussion', 'implications', 'limitations', 'significance', 'importance', 'originality', 'value', 'context',
  'rationale', 'highlights', 'summary', 'abstract',
];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** "Results:" or "Findings -" anywhere, when capitalised. */
const HEADING_PUNCTUATED = new RegExp(`(^|[\\s.;!?])(${HEADINGS.map(escape).join('|')})\\s*(?::|\\s[-–—]\\s|[-–—]\\s)`, 'gi');
/** "Purpose Critical infrastructures ..." (Emerald without the dash): only unambiguous headings, at a sentence start, before a capital. */
const UNPUNCTUATED = ['research limitations/implications', 'design/methodology/approach', 'originality/value', 'practical implications', 'social implications', 'background', 'purpose', 'objectives', 'objective', 'methods', 'results', 'findings', 'conclusions'];
const HEADING_BARE = new RegExp(`(^|[.!?]\\s+)(${UNPUNCTUATED.map(escape).join('|')})\\s+(?=\\p{Lu})`, 'giu');

/** Start of a copyright notice: "©", "(C) 2020", "Copyright 2019", "Copyright ©". */
const COPYRIGHT_START = /©|\(c\)\s*(?:19|20)\d\d|\bcopyright\s*(?:©|\(c\)|(?:19|20)\d\d)/i;
/** Sentences of publisher boilerplate, dropped wherever they stand. */
const BOILERPLATE = /all rights reserved|^published by\b|\blicensee\b|this is an open access article|^\s*(?:elsevier|springer|wiley|taylor & francis)\b.*\b(?:ltd|inc|b\.?v|gmbh|llc)\b|版权所有/i;

/** Removes structured-abstract headings, putting a sentence break in their place. */
function removeHeadings(text: string): string {
  const capitalised = (heading: string): boolean => heading[0] !== heading[0].toLowerCase();
  return text
    .replace(HEADING_PUNCTUATED, (whole, before: string, heading: string) => (capitalised(heading) ? `${before}\n` : whole))
    .replace(HEADING_BARE, (whole, before: string, heading: string) => (capitalised(heading) ? `${before}\n` : whole));
}

/**
 * The sentences of a title or abstract with the publisher's copyright notice and the headings of
 * structured abstracts removed. A notice ("© 2020 Elsevier Ltd. All rights reserved.") ends the
 * text unless it opens it; boilerplate sentences elsewhere are dropped one by one.
 */
export function abstractSentences(text: string): string[] {
  let body = text.replace(/\u00a0/g, ' ');
  const notice = COPYRIGHT_START.exec(body);
  if (notice) {
    if (notice.index >= body.length / 4) body = body.slice(0, notice.index);
    else {
      const end = body.slice(notice.index).search(/[.!?](?:\s|$)/);
      body = body.slice(0, notice.index) + (end < 0 ? '' : body.slice(notice.index + end + 1));
    }
  }
  body = removeHeadings(body);
  const sentences: string[] = [];
  for (const sentence of body.split(/\n+|(?<=[.!?;])\s+(?=[\p{Lu}\p{N}("'“])|(?<=[。！？；])/u)) {
    const s = sentence.trim();
    if (s && !BOILERPLATE.test(s)) sentences.push(s);
  }
  return sentences;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER = /\p{L}/gu;

/** True when more than half of the letters of `text` are Chinese or Japanese characters. */
export function isMostlyCjk(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0;
  if (!cjk) return false;
  return cjk * 2 > (text.match(LETTER)?.length ?? 0);
}

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** What may stand between two words of one phrase: spaces, or the apostrophe of "researchers' ". */
const JOINING_GAP = /^['’]?\s+$/;
/** Adjective or past-participle endings that never end a noun phrase ("sustainable", "faced"; not "seed", "need"). */
const NON_NOUN_END = /(?:ous|ful|less|able|ible|[^e]ed)$/;

/** Key part of one written word: lower-case and singular; "GIS" stays, "CIs" becomes "ci". */
function keyPart(word: string): string {
  if (/^[\p{Lu}\p{N}]{2,}$/u.test(word)) return word.toLowerCase();
  if (/^[\p{Lu}\p{N}]{2,}s$/u.test(word)) return word.slice(0, -1).toLowerCase();
  return singularize(word.toLowerCase());
}

/** Merge key of a phrase: lower-case, hyphens as spaces, each word singular ("Decision-making processes" -> "decision making process"). */
export function termKey(phrase: string): string {
  const parts: string[] = [];
  for (const word of phrase.replace(/’/g, "'").split(/[\s-]+/)) if (word) parts.push(keyPart(word.replace(/'s$/i, '')));
  return parts.join(' ');
}

interface Token {
  written: string;
  lower: string;
  kind: 'word' | 'number' | 'stop';
}

function classify(written: string, stop: ReadonlySet<string>): Token {
  const clean = written.replace(/’/g, "'").replace(/'s$/i, '');
  const lower = clean.toLowerCase();
  let kind: Token['kind'] = 'word';
  if (/^\p{N}+$/u.test(lower)) kind = 'number';
  else if (lower.length < 2 || ENGLISH_STOP_WORDS.has(lower) || stop.has(lower)) kind = 'stop';
  else if (lower.length > 4 && lower.endsWith('ly') && !SUFFIX_EXCEPTIONS.has(lower)) kind = 'stop';
  return { written: clean, lower, kind };
}

const isEdgeFiller = (t: Token): boolean => t.kind === 'number' || PHRASE_EDGE_FILLERS.has(t.lower);
const isNonNounEnd = (t: Token): boolean => PHRASE_END_ADJECTIVES.has(t.lower) || (t.lower.length > 4 && NON_NOUN_END.test(t.lower) && !SUFFIX_EXCEPTIONS.has(t.lower));

function emitRun(run: Token[], maxWords: number, out: ExtractedTerm[]): void {
  let start = 0;
  let end = run.length;
  while (start < end && isEdgeFiller(run[start])) start++;
  while (end > start && (isEdgeFiller(run[end - 1]) || isNonNounEnd(run[end - 1]))) end--;
  if (end === start || end - start > maxWords) return;
  const words = run.slice(start, end);
  out.push({ key: words.map((t) => termKey(t.written)).join(' '), label: words.map((t) => t.lower).join(' ') });
}

function extractEnglish(text: string, maxWords: number, stop: ReadonlySet<string>): ExtractedTerm[] {
  const out: ExtractedTerm[] = [];
  for (const sentence of abstractSentences(text)) {
    let run: Token[] = [];
    let lastEnd = 0;
    for (const match of sentence.matchAll(TOKEN)) {
      const token = classify(match[0], stop);
      const joined = run.length > 0 && JOINING_GAP.test(sentence.slice(lastEnd, match.index));
      lastEnd = match.index + match[0].length;
      if (!joined || token.kind === 'stop') {
        if (run.length) emitRun(run, maxWords, out);
        run = [];
      }
      if (token.kind !== 'stop') run.push(token);
    }
    if (run.length) emitRun(run, maxWords, out);
  }
  return out;
}

const HAN_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const ALL_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

/** Latin words inside Chinese text ("CiteSpace", "COVID-19") are kept when they are not stop words. */
function latinTerm(word: string, stop: ReadonlySet<string>, out: ExtractedTerm[]): void {
  const token = classify(word, stop);
  if (token.kind === 'word' && /\p{L}/u.test(word)) out.push({ key: termKey(token.written), label: token.lower });
}

function chineseBigrams(text: string, stop: ReadonlySet<string>, out: ExtractedTerm[]): void {
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i] + chars[i + 1];
      if (!CHINESE_STOP_CHARS.has(chars[i]) && !CHINESE_STOP_CHARS.has(chars[i + 1]) && !CHINESE_STOP_WORDS.has(bigram)) out.push({ key: bigram, label: bigram });
    }
  }
  for (const [word] of text.replace(HAN_RUN, ' ').matchAll(TOKEN)) latinTerm(word, stop, out);
}

function extractChinese(text: string, mode: 'words' | 'bigrams', stop: ReadonlySet<string>): ExtractedTerm[] {
  const out: ExtractedTerm[] = [];
  const body = abstractSentences(text).join('\n');
  if (mode === 'bigrams' || typeof Intl.Segmenter !== 'function') {
    chineseBigrams(body, stop, out);
    return out;
  }
  for (const { segment, isWordLike } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(body)) {
    if (!isWordLike) continue;
    if (ALL_CJK.test(segment)) {
      if ([...segment].length >= 2 && !CHINESE_STOP_WORDS.has(segment) && !stop.has(segment)) out.push({ key: segment, label: segment });
    } else {
      for (const [word] of segment.matchAll(TOKEN)) latinTerm(word, stop, out);
    }
  }
  return out;
}

/**
 * Candidate terms of one title or abstract, in reading order, one entry per occurrence (a
 * phrase written twice is returned twice; counting per document is the caller's choice).
 * English: maximal runs of content words, 1 to `maxWords` long, not starting or ending with a
 * number or a filler adjective ("new", "different" ...), not ending in an adjective suffix.
 * Chinese (when the text is mostly CJK): words of 2+ characters not in the Chinese stop list.
 */
export function extractTerms(text: string, options: ExtractTermsOptions = {}): ExtractedTerm[] {
  const { maxWords, language, chinese } = { ...DEFAULT_EXTRACT_TERMS_OPTIONS, ...options };
  if (!text) return [];
  const stop: ReadonlySet<string> = options.stopWords ? new Set([...options.stopWords].map((w) => w.toLowerCase())) : new Set();
  const zh = language === 'zh' || (language === 'auto' && isMostlyCjk(text));
  return zh ? extractChinese(text, chinese, stop) : extractEnglish(text, maxWords, stop);
}
