import { describe, expect, it } from 'vitest';
import type { AnalysisCapabilities } from '../../services';
import { defaultForm, toMapOptions, validateForm, withType } from './map-form';
import { countAtLeast, formatBurst, itemsToCsv, linksByStrengthOf, nearestLink, neighboursOf, searchItems, sortItemRows, unsupportedReason, weightNameOf } from './map-helpers';
import type { ItemRow } from './map-helpers';

describe('countAtLeast', () => {
  const sorted = Float64Array.from([1, 1, 2, 5, 5, 5, 10]);
  it('counts the weights reaching the minimum', () => {
    expect(countAtLeast(sorted, 0)).toBe(7);
    expect(countAtLeast(sorted, 1)).toBe(7);
    expect(countAtLeast(sorted, 1.5)).toBe(5);
    expect(countAtLeast(sorted, 5)).toBe(4);
    expect(countAtLeast(sorted, 11)).toBe(0);
    expect(countAtLeast(new Float64Array(0), 1)).toBe(0);
  });
  it('agrees with a linear count', () => {
    const weights = Float64Array.from({ length: 500 }, (_, i) => (i * 7919) % 97).sort();
    for (const min of [0, 1, 13, 50, 96, 97]) expect(countAtLeast(weights, min)).toBe(weights.filter((w) => w >= min).length);
  });
});

const caps = (patch: Partial<AnalysisCapabilities>): AnalysisCapabilities => ({
  datasetId: 'd', publications: 10, withReferences: 10, withAuthors: 10, withAuthorKeywords: 10, withIndexKeywords: 10, withInstitutions: 10, withCountries: 10, withSources: 10, citedWorks: 50, ...patch,
});

describe('unsupportedReason', () => {
  it('explains why co-citation and coupling need references', () => {
    expect(unsupportedReason(caps({ withReferences: 0 }), 'co-citation')).toBe('maps.why.noReferences');
    expect(unsupportedReason(caps({ withReferences: 0 }), 'coupling', 'documents')).toBe('maps.why.noReferences');
    expect(unsupportedReason(caps({ withReferences: 0 }), 'co-occurrence', 'keywords')).toBeUndefined();
  });
  it('checks the field a unit comes from', () => {
    expect(unsupportedReason(caps({ withAuthorKeywords: 0 }), 'co-occurrence', 'author-keywords')).toBe('maps.why.noAuthorKeywords');
    expect(unsupportedReason(caps({ withAuthorKeywords: 0 }), 'co-occurrence', 'keywords')).toBeUndefined();
    expect(unsupportedReason(caps({ withCountries: 0 }), 'co-authorship', 'countries')).toBe('maps.why.noCountries');
    expect(unsupportedReason(caps({ publications: 0 }), 'co-authorship', 'authors')).toBe('maps.why.noPublications');
    expect(unsupportedReason(undefined, 'co-citation')).toBeUndefined();
  });
});

const rows: ItemRow[] = [
  { id: 0, label: 'beta', cluster: 1, weight: 5, links: 2, totalLinkStrength: 3.5, pageRank: 0.2 },
  { id: 1, label: 'alpha', cluster: 0, weight: 5, links: 4, totalLinkStrength: 8, pageRank: 0.5 },
  { id: 2, label: '=cmd', cluster: 0, weight: 9, links: 1, totalLinkStrength: 1, pageRank: 0.3 },
];

describe('item table', () => {
  it('sorts by a column with stable ties', () => {
    expect(sortItemRows(rows, 'weight', 'desc').map((r) => r.id)).toEqual([2, 1, 0]);
    expect(sortItemRows(rows, 'label', 'asc').map((r) => r.label)).toEqual(['=cmd', 'alpha', 'beta']);
    expect(sortItemRows(rows, 'pageRank', 'asc').map((r) => r.id)).toEqual([0, 2, 1]);
    // Bursts sort by strength; unknown ones last when descending.
    const bursty = [{ ...rows[0], burst: 0 }, { ...rows[1], burst: 4.2 }, rows[2]];
    expect(sortItemRows(bursty, 'burst', 'desc').map((r) => r.id)).toEqual([1, 0, 2]);
  });
  it('formats bursts with their years', () => {
    expect(formatBurst({ strength: 4.2137, start: 2019, end: 2021 })).toBe('4.21 (2019–2021)');
    expect(formatBurst({ strength: 3, start: 2020, end: 2020 })).toBe('3.00 (2020)');
    expect(formatBurst({ strength: 0 })).toBe('0');
    expect(formatBurst(undefined)).toBe('—');
  });
  it('writes CSV with 1-based clusters, defused formulas and optional betweenness', () => {
    const headers = { label: 'Item', cluster: 'Cluster', weight: 'Citations', links: 'Links', totalLinkStrength: 'TLS', pageRank: 'PageRank', betweenness: 'Betweenness', burst: 'Burst', burstBegin: 'Begin', burstEnd: 'End', sigma: 'Sigma' };
    const csv = itemsToCsv(rows, headers, { betweenness: false, bursts: false });
    expect(csv.startsWith('\uFEFFItem,Cluster,Citations,Links,TLS,PageRank\r\n')).toBe(true);
    expect(csv).toContain('beta,2,5,2,3.5,0.2\r\n');
    expect(csv).toContain("'=cmd,1,9");
    expect(itemsToCsv([{ ...rows[0], betweenness: 0.25 }], headers, { betweenness: true, bursts: false })).toContain('beta,2,5,2,3.5,0.2,0.25\r\n');
  });
  it('writes bursts as strength, first and last year, and sigma only with betweenness', () => {
    const headers = { label: 'Item', cluster: 'Cluster', weight: 'Citations', links: 'Links', totalLinkStrength: 'TLS', pageRank: 'PageRank', betweenness: 'Betweenness', burst: 'Burst', burstBegin: 'Begin', burstEnd: 'End', sigma: 'Sigma' };
    const withBurst = [{ ...rows[0], betweenness: 0.5, burst: 2, burstStart: 2019, burstEnd: 2021, sigma: 2.25 }, { ...rows[1], betweenness: 0.1, burst: 0, sigma: 1 }];
    const csv = itemsToCsv(withBurst, headers, { betweenness: true, bursts: true });
    expect(csv.startsWith('\uFEFFItem,Cluster,Citations,Links,TLS,PageRank,Betweenness,Burst,Begin,End,Sigma\r\n')).toBe(true);
    expect(csv).toContain('beta,2,5,2,3.5,0.2,0.5,2,2019,2021,2.25\r\n');
    expect(csv).toContain('alpha,1,5,4,8,0.5,0.1,0,,,1\r\n');
    expect(itemsToCsv(withBurst, headers, { betweenness: false, bursts: true })).toContain('beta,2,5,2,3.5,0.2,2,2019,2021\r\n');
  });
});

describe('search and neighbours', () => {
  it('matches every word, case-insensitively', () => {
    const items = [{ id: 0, label: 'Machine learning' }, { id: 1, label: 'Deep learning' }, { id: 2, label: 'Climate' }];
    expect([...searchItems(items, 'LEARNING')]).toEqual([0, 1]);
    expect([...searchItems(items, 'deep learn')]).toEqual([1]);
    expect(searchItems(items, '  ').size).toBe(0);
  });
  it('lists neighbours strongest first', () => {
    const links = [{ source: 0, target: 1, strength: 2 }, { source: 2, target: 0, strength: 5 }, { source: 1, target: 2, strength: 9 }];
    expect(neighboursOf(links, 0)).toEqual([{ id: 2, strength: 5 }, { id: 1, strength: 2 }]);
  });
  it('names the weight like runMap does', () => {
    expect(weightNameOf('cited-references')).toBe('Citations');
    expect(weightNameOf('authors')).toBe('Documents');
    expect(weightNameOf('keywords')).toBe('Occurrences');
  });
});

describe('map form', () => {
  it('starts valid, with VOSviewer-like defaults', () => {
    const form = defaultForm();
    expect(validateForm(form)).toEqual({});
    expect(toMapOptions(form)).toMatchObject({ type: 'co-citation', unit: 'cited-references', minOccurrences: 10, normalization: 'association-strength', quality: 'cpm', topN: undefined });
    expect(toMapOptions(withType(form, 'co-authorship'))).toMatchObject({ unit: 'authors', maxAuthorsPerDocument: 25 });
  });
  it('flags invalid numbers and keeps the rest of the form when the type changes', () => {
    const form = { ...defaultForm(), resolution: '0', topN: 'abc', seed: '1.5', normalization: 'cosine' as const };
    expect(validateForm(form)).toEqual({ resolution: true, topN: true, seed: true });
    expect(withType(form, 'co-occurrence')).toMatchObject({ unit: 'keywords', normalization: 'cosine', minOccurrences: '5' });
  });
});

describe('linksByStrengthOf', () => {
  it('sorts the links strongest first once per map', () => {
    const links = [{ source: 0, target: 1, strength: 1 }, { source: 0, target: 2, strength: 5 }];
    const result = { map: { links } } as unknown as Parameters<typeof linksByStrengthOf>[0];
    const sorted = linksByStrengthOf(result);
    expect(sorted.map((l) => l.strength)).toEqual([5, 1]);
    expect(linksByStrengthOf(result)).toBe(sorted);
    expect(links.map((l) => l.strength)).toEqual([1, 5]);
  });
});

describe('nearestLink', () => {
  const items = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 10 }];
  const links = [{ source: 0, target: 1 }, { source: 0, target: 2 }];

  it('finds the link passing nearest to the point, within the tolerance only', () => {
    expect(nearestLink({ x: 5, y: 0.4 }, items, links, 1)).toEqual({ source: 0, target: 1 });
    expect(nearestLink({ x: 0.3, y: 6 }, items, links, 1)).toEqual({ source: 0, target: 2 });
    expect(nearestLink({ x: 5, y: 5 }, items, links, 1)).toBeUndefined();
    // Beyond the segment's end the distance is to the end point.
    expect(nearestLink({ x: 12, y: 0 }, items, links, 1)).toBeUndefined();
  });
});
