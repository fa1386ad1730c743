import { describe, expect, it } from 'vitest';
import { ENGLISH_STOP_WORDS } from './stop-words';
import { singularize } from './singular';
import { abstractSentences, extractTerms, isMostlyCjk, termKey } from './terms';

const labels = (text: string): string[] => extractTerms(text).map((t) => t.label);
const keys = (text: string): string[] => extractTerms(text).map((t) => t.key);

describe('extractTerms (English)', () => {
  it('takes maximal runs of content words between stop words and punctuation', () => {
    expect(labels('We propose a new machine learning approach for social network analysis of citation networks.')).toEqual(['machine learning', 'social network analysis', 'citation networks']);
    expect(labels('The results show that the urban community resilience indicators of cities.')).toEqual(['urban community resilience indicators', 'cities']);
  });

  it('trims numbers and filler adjectives at the edges but keeps them inside', () => {
    expect(labels('In 2020 the 45 new indicators appeared; COVID-19 pandemic effects')).toEqual(['indicators', 'covid-19 pandemic effects']);
    expect(labels('several important challenges')).toEqual(['challenges']);
    expect(labels('Industry 4 standards')).toEqual(['industry 4 standards']);
  });

  it('does not end a term with an adjective, adverb or past participle', () => {
    expect(labels('sustainable development is highly relevant')).toEqual(['sustainable development']);
    expect(labels('the papers were carefully selected')).toEqual([]);
    expect(labels('deep learning; deep')).toEqual(['deep learning']);
  });

  it('drops runs longer than maxWords', () => {
    expect(labels('alpha beta gamma delta epsilon')).toEqual([]);
    expect(extractTerms('alpha beta gamma delta epsilon', { maxWords: 5 }).map((t) => t.label)).toEqual(['alpha beta gamma delta epsilon']);
  });

  it('breaks phrases on punctuation and slashes, keeps hyphenated words and possessives', () => {
    expect(labels('risk, resilience (RR) and/or safety')).toEqual(['risk', 'resilience', 'rr', 'safety']);
    expect(labels("the community's decision-making processes")).toEqual(['community decision-making processes']);
    expect(keys("the community's decision-making processes")).toEqual(['community decision making process']);
  });

  it('never returns a stop word as a term', () => {
    const text = 'This study uses a novel approach based on the results of previous papers to show how we propose methods.';
    for (const t of extractTerms(text)) for (const w of t.key.split(' ')) expect(ENGLISH_STOP_WORDS.has(w)).toBe(false);
  });

  it('accepts extra stop words', () => {
    expect(extractTerms('urban resilience', { stopWords: ['Urban'] }).map((t) => t.label)).toEqual(['resilience']);
  });

  it('returns nothing for empty text', () => {
    expect(extractTerms('')).toEqual([]);
    expect(extractTerms('   ...  ')).toEqual([]);
  });
});

describe('plural merging', () => {
  it.each([
    ['studies', 'study'], ['strategies', 'strategy'], ['classes', 'class'], ['processes', 'process'], ['networks', 'network'],
    ['analyses', 'analysis'], ['hypotheses', 'hypothesis'], ['criteria', 'criterion'], ['phenomena', 'phenomenon'],
    ['indices', 'index'], ['children', 'child'], ['women', 'woman'], ['approaches', 'approach'], ['boxes', 'box'],
    ['objectives', 'objective'], ['services', 'service'], ['cases', 'case'], ['viruses', 'virus'], ['paralyses', 'paralysis'],
    ['data', 'data'], ['media', 'media'], ['analysis', 'analysis'], ['status', 'status'], ['class', 'class'],
    ['economics', 'economics'], ['physics', 'physics'], ['news', 'news'], ['series', 'series'], ['species', 'species'],
    ['bias', 'bias'], ['gas', 'gas'], ['lens', 'lens'], ['movies', 'movie'], ['niches', 'niche'], ['topics', 'topic'],
  ])('%s -> %s', (plural, singular) => expect(singularize(plural)).toBe(singular));

  it('merges phrases whose words differ only in number, keeps acronyms', () => {
    expect(termKey('Resilience Indicators')).toBe(termKey('resilience indicator'));
    expect(termKey('data sets')).toBe('data set');
    expect(termKey('GIS')).toBe('gis');
    expect(termKey('CIs')).toBe('ci');
    expect(termKey('SARS')).toBe('sars');
    expect(termKey('meta-analyses')).toBe('meta analysis');
  });
});

describe('abstractSentences', () => {
  it('removes structured-abstract headings, with or without punctuation', () => {
    const text = 'Background: Floods recur. Methods: We surveyed farmers. Results: Losses fell. Conclusions: Insurance helps.';
    expect(abstractSentences(text)).toEqual(['Floods recur.', 'We surveyed farmers.', 'Losses fell.', 'Insurance helps.']);
    const emerald = 'Purpose - Cities face shocks. Design/methodology/approach - A review was done. Findings Results show gaps. Originality/value The study is new.';
    expect(abstractSentences(emerald)).toEqual(['Cities face shocks.', 'A review was done.', 'Results show gaps.', 'The study is new.']);
    expect(labels('PURPOSE: Urban flooding. Findings - Green roofs.')).toEqual(['urban flooding', 'green roofs']);
  });

  it('keeps a heading word used in running text', () => {
    expect(abstractSentences('The results of the background check vary.')).toEqual(['The results of the background check vary.']);
  });

  it('removes copyright notices and publisher boilerplate', () => {
    expect(abstractSentences('Flood risk is rising. (C) 2020 Elsevier Ltd. All rights reserved.')).toEqual(['Flood risk is rising.']);
    expect(abstractSentences('Flood risk is rising. © 2021 The Authors. Published by Elsevier B.V.')).toEqual(['Flood risk is rising.']);
    expect(abstractSentences('Copyright 2019 Wiley. Flood risk is rising in many deltas of the world today.')).toEqual(['Flood risk is rising in many deltas of the world today.']);
    expect(abstractSentences('Flood risk is rising. This is an open access article under the CC BY license. Licensee MDPI, Basel, Switzerland.')).toEqual(['Flood risk is rising.']);
    expect(labels('Flood risk. © 2020 Elsevier Ltd. All rights reserved.')).toEqual(['flood risk']);
  });
});

describe('extractTerms (Chinese)', () => {
  const sentence = '我们研究了城市社区的韧性指标。';

  it('detects mostly-CJK text', () => {
    expect(isMostlyCjk(sentence)).toBe(true);
    expect(isMostlyCjk('Urban resilience in 北京')).toBe(false);
  });

  it.runIf(typeof Intl.Segmenter === 'function')('segments words with Intl.Segmenter and drops stop words and single characters', () => {
    expect(extractTerms(sentence).map((t) => t.label)).toEqual(['城市', '社区', '韧性', '指标']);
    expect(extractTerms('基于CiteSpace的城市韧性知识图谱分析').map((t) => t.label)).toContain('citespace');
  });

  it('falls back to character bigrams without stop characters', () => {
    const bigrams = extractTerms('城市社区的韧性', { chinese: 'bigrams' }).map((t) => t.label);
    expect(bigrams).toEqual(['城市', '市社', '社区', '韧性']);
  });
});
