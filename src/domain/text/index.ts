export { DEFAULT_EXTRACT_TERMS_OPTIONS, abstractSentences, extractTerms, isMostlyCjk, termKey } from './terms';
export type { ExtractTermsOptions, ExtractedTerm } from './terms';
export { singularize } from './singular';
export { applyThesaurus, parseThesaurus, thesaurusKey } from './thesaurus';
export type { Thesaurus } from './thesaurus';
export { DEFAULT_TERM_TABLE_OPTIONS, buildTermTable, termRelevance } from './term-table';
export type { TermTable, TermTableOptions, TermTableStats } from './term-table';
