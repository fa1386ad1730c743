import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import-file';
import { detectImporter } from '../registry';
import { hasSampleData, sampleBytes, sampleText } from '../test-support';
import type { ImportResult } from '../types';
import { rawAffiliationString, readAuthorships } from './authorships';
import { countryFromIso2, languageFromIso639 } from './codes';
import { openalexImporter, parseOpenalex } from '.';

const SAMPLE = 'openalex-csv-bibliometrix-fixture-8rec.csv';
const WEB_UI = 'id,abstract,authorships.author.display_name,authorships.author.id,authorships.author.orcid,authorships.countries,authorships.institutions.display_name,authorships.institutions.id,authorships.is_corresponding,best_oa_location.license,citation_normalized_percentile.value,cited_by_count,corresponding_institution_ids,display_name,doi,funders.display_name,fwci,ids.pmid,is_retracted,language,open_access.is_oa,open_access.oa_status,primary_location.source.display_name,primary_location.source.id,primary_location.source.issn_l,primary_location.source.type,primary_topic.display_name,publication_date,publication_year,type';

/** A CSV with `header` and one row per record, cells looked up by header name. */
function csv(header: string, rows: Record<string, string>[]): string {
  const names = header.split(',');
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [header, ...rows.map((r) => names.map((name) => quote(r[name] ?? '')).join(','))].join('\n');
}

function expectConsistent(result: ImportResult): void {
  expect(result.stats.records).toBe(result.publications.length);
  expect(result.stats.rows).toBe(result.stats.records + result.stats.skipped);
  const broken = result.publications.filter((p) => !(p.origins[0].line > 0) || p.authors.some((a) => a.affiliationIndices.some((i) => i >= p.affiliations.length)));
  expect(broken).toEqual([]);
}

describe('openalexImporter.detect', () => {
  it('claims the three header layouts and nothing else', () => {
    expect(openalexImporter.detect(WEB_UI)).toBe(true);
    expect(openalexImporter.detect('"id","title","authorships.author.display_name"')).toBe(true);
    expect(openalexImporter.detect('id,title,doi\nhttps://openalex.org/W1,T,')).toBe(true);
    expect(openalexImporter.detect('Work ID,Title,Author,Source,Year')).toBe(true);
    expect(openalexImporter.detect('id,title,doi\n1,T,')).toBe(false);
    expect(openalexImporter.detect('Lens ID,Title,Date Published')).toBe(false);
    expect(detectImporter(WEB_UI)?.format).toBe('openalex-csv');
  });
});

describe('parseOpenalex on the web-UI layout', () => {
  const text = csv(WEB_UI, [{
    id: 'https://openalex.org/W1', display_name: 'Title', doi: 'https://doi.org/10.1000/XYZ', publication_year: '2021', type: 'review', language: 'fr',
    'authorships.author.display_name': 'Ann Lee|Francisco-Javier; Cabrerizo',
    'authorships.author.id': 'https://openalex.org/A1|https://openalex.org/A3',
    'authorships.author.orcid': 'https://orcid.org/0000-0002-1825-0097|',
    'authorships.countries': 'US|GB',
    'authorships.institutions.display_name': 'MIT|Univ X|Oxford',
    'authorships.institutions.id': 'https://openalex.org/I1|https://openalex.org/I2|https://openalex.org/I3',
    'authorships.is_corresponding': 'True|False', corresponding_institution_ids: 'https://openalex.org/I1',
    cited_by_count: '12', 'open_access.is_oa': 'True', 'primary_location.source.display_name': 'J', 'primary_location.source.issn_l': '1234-5678',
    'primary_topic.display_name': 'Topic A', 'funders.display_name': 'NSF|ERC', 'ids.pmid': 'https://pubmed.ncbi.nlm.nih.gov/35434524', fwci: '1.5',
  }]);
  const result = parseOpenalex(text, 'web.csv');
  const p = result.publications[0];

  it('maps ids, bibliographic fields and counts', () => {
    expect(p.ids).toEqual({ openalex: 'W1', doi: '10.1000/xyz', pmid: '35434524' });
    expect(p).toMatchObject({
      title: 'Title', year: 2021, documentType: 'review', documentTypeRaw: 'review', language: 'French', timesCited: 12,
      citationsBySource: { 'openalex-csv': 12 }, openAccess: true, sourceTitle: 'J', issn: ['1234-5678'], subjectCategories: ['Topic A'], funding: ['NSF', 'ERC'],
    });
    expect(result.issues.map((i) => i.code)).toEqual(['no-cited-references']);
  });

  it('splits on "|" only and ties institutions to authors through the corresponding author', () => {
    expect(p.authors.map((a) => [a.fullName, a.sourceId, a.orcid])).toEqual([
      ['Lee, Ann', 'A1', '0000-0002-1825-0097'],
      ['Cabrerizo, Francisco-Javier', 'A3', undefined],
    ]);
    // MIT|Univ X|Oxford over two authors splits two ways; Lee, the corresponding author, has only I1.
    expect(p.authors.map((a) => a.affiliationIndices)).toEqual([[0], [1, 2]]);
    expect(p.affiliations).toEqual([
      { raw: 'MIT', institution: 'MIT', country: 'USA' },
      { raw: 'Univ X', institution: 'Univ X', country: 'United Kingdom' },
      { raw: 'Oxford', institution: 'Oxford', country: 'United Kingdom' },
    ]);
    expect(p.institutions).toEqual(['MIT', 'Univ X', 'Oxford']);
    expect(p.countries).toEqual(['USA', 'United Kingdom']);
  });

  it('leaves ambiguous institutions unlinked but still counts them', () => {
    const r = parseOpenalex(csv(WEB_UI, [{ id: 'W2', display_name: 'T', 'authorships.author.display_name': 'A One|B Two', 'authorships.institutions.display_name': 'X|Y|Z', 'authorships.countries': 'FR|FR|ZZ' }]), 'amb.csv');
    const q = r.publications[0];
    expect(q.institutions).toEqual(['X', 'Y', 'Z']);
    expect(q.authors.every((a) => a.affiliationIndices.length === 0)).toBe(true);
    expect(q.countries).toEqual(['France']);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['no-cited-references', undefined], ['affiliations-not-linked', 2], ['unknown-country-code', 2]]);
  });
});

describe('parseOpenalex on the older API-style layout', () => {
  const header = 'id,title,publication_year,doi,authorships.author.display_name,authorships.countries,authorships.affiliations,referenced_works,keywords.display_name,concepts.display_name,biblio.volume,biblio.issue,biblio.first_page,biblio.last_page,primary_location.source.display_name,primary_location.source.issn,primary_location.source.host_organization_name,cited_by_count';
  const text = csv(header, [{
    id: 'https://openalex.org/W9', title: 'Old', publication_year: '2017', doi: 'https://doi.org/10.1016/j.joi.2017.08.007',
    'authorships.author.display_name': 'Massimo Aria|Corrado Cuccurullo', 'authorships.countries': 'IT|IT',
    'authorships.affiliations': "{'raw_affiliation_string': 'University of Naples Federico II, Naples, Italy', 'institution_ids': ['https://openalex.org/I71267560']}|{'raw_affiliation_string': \"Dept of Management, Univ of Campania L'Vanvitelli, Caserta\", 'institution_ids': []}",
    referenced_works: 'https://openalex.org/W1234567|https://openalex.org/W2755950973', 'keywords.display_name': 'bibliometrics|science mapping',
    'concepts.display_name': 'Computer science|Data science', 'biblio.volume': '11', 'biblio.issue': '4', 'biblio.first_page': '959', 'biblio.last_page': '975',
    'primary_location.source.display_name': 'Journal of Informetrics', 'primary_location.source.issn': '1751-1577|1875-5879',
    'primary_location.source.host_organization_name': 'Elsevier BV', cited_by_count: '5000',
  }]);
  const result = parseOpenalex(text, 'old.csv');
  const p = result.publications[0];

  it('reads references, keywords, pages and raw affiliations', () => {
    expect(result.issues).toEqual([]);
    expect(p.references).toEqual([{ raw: 'W1234567', sourceId: 'W1234567', dois: [] }, { raw: 'W2755950973', sourceId: 'W2755950973', dois: [] }]);
    expect(p).toMatchObject({ volume: '11', issue: '4', pageStart: '959', pageEnd: '975', publisher: 'Elsevier BV', issn: ['1751-1577', '1875-5879'] });
    expect(p.authorKeywords).toEqual(['bibliometrics', 'science mapping']);
    expect(p.indexKeywords).toEqual(['Computer science', 'Data science']);
    expect(p.affiliations).toEqual([
      { raw: 'University of Naples Federico II, Naples, Italy', institution: 'University of Naples Federico II', country: 'Italy' },
      { raw: "Dept of Management, Univ of Campania L'Vanvitelli, Caserta", institution: "Univ of Campania L'Vanvitelli", country: 'Italy' },
    ]);
    expect(p.authors.map((a) => a.affiliationIndices)).toEqual([[0], [1]]);
  });

  it('parses dict-like affiliation items', () => {
    expect(rawAffiliationString("{'raw_affiliation_string': 'A, B', 'institution_ids': []}")).toBe('A, B');
    expect(rawAffiliationString('{"raw_affiliation_string": "O\'Brien Inst, Dublin"}')).toBe("O'Brien Inst, Dublin");
    expect(rawAffiliationString('Plain text, Rome, Italy')).toBe('Plain text, Rome, Italy');
    expect(rawAffiliationString("{'institution_ids': []}")).toBe('');
  });
});

describe('parseOpenalex on the readable-header layout (unverified)', () => {
  it('maps the plausible names', () => {
    const text = csv('Work ID,Title,Author,Source,Year,Author IDs,Institution,Cited By,DOI', [{
      'Work ID': 'W77', Title: 'Readable', Author: 'Ann Lee|Bo Chen', Source: 'S', Year: '2020', 'Author IDs': 'A1|A2', Institution: 'X|Y', 'Cited By': '3', DOI: '10.1000/r',
    }]);
    const p = parseOpenalex(text, 'readable.csv').publications[0];
    expect(p).toMatchObject({ ids: { openalex: 'W77', doi: '10.1000/r' }, title: 'Readable', sourceTitle: 'S', year: 2020, timesCited: 3, institutions: ['X', 'Y'] });
    expect(p.authors.map((a) => [a.shortName, a.sourceId, a.affiliationIndices])).toEqual([['Lee, A', 'A1', [0]], ['Chen, B', 'A2', [1]]]);
  });
});

describe('broken input', () => {
  it('explains instead of throwing', () => {
    expect(parseOpenalex('', 'empty.csv').issues.map((i) => i.code)).toEqual(['missing-columns']);
    expect(parseOpenalex(WEB_UI, 'header.csv').stats).toEqual({ rows: 0, records: 0, skipped: 0 });
    const wrong = parseOpenalex('PMID- 1\nTI  - x', 'wrong.csv');
    expect(wrong.stats).toEqual({ rows: 1, records: 0, skipped: 1 });
    const cut = parseOpenalex(`${WEB_UI}\nhttps://openalex.org/W1,"An abstract cut off`, 'cut.csv');
    expect(cut.publications[0].ids.openalex).toBe('W1');
    expect(cut.issues.map((i) => i.code)).toEqual(['csv-quotes', 'no-cited-references', 'short-row']);
    const mismatch = parseOpenalex(csv(WEB_UI, [{ id: 'W1', 'authorships.author.display_name': 'A B|C D', 'authorships.author.id': 'A1' }]), 'm.csv');
    expect(mismatch.issues.map((i) => i.code)).toContain('author-count-mismatch');
    expect(mismatch.publications[0].authors.map((a) => a.sourceId)).toEqual([undefined, undefined]);
  });

  it('reads huge cells and long author lists in reasonable time', () => {
    const authors = Array.from({ length: 3000 }, (_, i) => `Author Number${i}`).join('|');
    const institutions = Array.from({ length: 4500 }, (_, i) => `Inst ${i % 1500}`).join('|');
    const text = csv(WEB_UI, [{ id: 'W1', display_name: 'Big', abstract: 'a'.repeat(500_000), 'authorships.author.display_name': authors, 'authorships.institutions.display_name': institutions, 'authorships.countries': 'US|'.repeat(3000) }]);
    const started = Date.now();
    const r = parseOpenalex(text, 'huge.csv');
    expect(r.publications[0].authors).toHaveLength(3000);
    expect(r.publications[0].institutions).toHaveLength(1500);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => expectConsistent(parseOpenalex(t, 'fuzz.csv'))), { numRuns: 200 });
    const cells = fc.array(fc.constantFrom('https://openalex.org/W1', '|', '||', '"', ',', ';', '\n', 'True', 'US', 'ZZ', 'Inst', 'A B', "{'raw_affiliation_string': 'x", ''), { maxLength: 80 });
    fc.assert(fc.property(cells, (parts) => expectConsistent(parseOpenalex(`${WEB_UI}\n${parts.join('')}`, 'soup.csv'))), { numRuns: 200 });
  });

  it('aligns authorships without throwing on random lists', () => {
    const list = fc.array(fc.constantFrom('', 'A', 'B', 'C', 'US', 'FR'), { maxLength: 12 }).map((items) => items.join('|'));
    fc.assert(fc.property(list, list, list, list, (names, countries, institutions, flags) => {
      const a = readAuthorships({ names, authorIds: '', orcids: '', countries, institutionNames: institutions, institutionIds: '', rawAffiliations: '', correspondingFlags: flags, correspondingInstitutions: 'A' });
      for (const author of a.authors) for (const i of author.affiliationIndices) expect(i).toBeLessThan(a.affiliations.length);
    }), { numRuns: 300 });
  });
});

describe('code tables', () => {
  it('writes countries and languages as util/address.ts and WoS do', () => {
    expect(['US', 'gb', 'CN', 'KR', 'RU', 'TR', 'CZ', 'NL'].map(countryFromIso2)).toEqual(['USA', 'United Kingdom', 'China', 'South Korea', 'Russia', 'Turkey', 'Czech Republic', 'Netherlands']);
    expect(countryFromIso2('ZZ')).toBeUndefined();
    expect(languageFromIso639('en')).toBe('English');
    expect(languageFromIso639('xx')).toBe('xx');
  });
});

describe.skipIf(!hasSampleData)(`golden: ${SAMPLE}`, () => {
  const imported = importFile(sampleBytes(SAMPLE), SAMPLE);
  if (!imported.ok) throw new Error(`domain/import: ${SAMPLE} was rejected: ${JSON.stringify(imported.issues)}`);
  const result = imported.result;
  const byId = (id: string) => result.publications.find((p) => p.ids.openalex === id);

  it('reads all 8 records with the expected issue', () => {
    expect(result.format).toBe('openalex-csv');
    expect(result.stats).toEqual({ rows: 8, records: 8, skipped: 0 });
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['no-cited-references', 'warning']]);
    expectConsistent(result);
  });

  it('reads the first record completely', () => {
    expect(result.publications[0]).toMatchSnapshot();
  });

  it('handles the tricky records', () => {
    // Two authors, each at both institutions: "GMC|Thapar|GMC|Thapar".
    const both = byId('W3158457682');
    expect(both?.institutions).toEqual(['Government Medical College', 'Thapar Institute of Engineering & Technology']);
    expect(both?.authors.map((a) => a.affiliationIndices)).toEqual([[0, 1], [0, 1]]);
    expect(both?.affiliations.map((a) => a.country)).toEqual(['India', 'India']);
    // The third author has no institution: "A|A||B".
    const gap = byId('W3157897857');
    expect(gap?.authors.map((a) => a.affiliationIndices)).toEqual([[0], [0], [], [1]]);
    expect(gap?.affiliations.map((a) => a.institution)).toEqual(['Università degli Studi del Piemonte Orientale “Amedeo Avogadro”', 'University of Turin']);
    expect(byId('W4206935846')?.countries).toEqual(['Malaysia', 'Pakistan']);
    const noAffiliation = byId('W2998021954');
    expect(noAffiliation).toMatchObject({ affiliations: [], countries: [], openAccess: true, timesCited: 599 });
    expect(byId('W4223592677')?.ids.pmid).toBe('35434524');
    expect(byId('W4297216055')?.sourceTitle).toBe('Eğitimde ve Psikolojide Ölçme ve Değerlendirme Dergisi');
  });

  it('does not throw on mutations and truncations of the real file', () => {
    const text = sampleText(SAMPLE);
    const mutation = fc.record({ at: fc.nat({ max: text.length }), cut: fc.nat({ max: 2000 }), insert: fc.string({ unit: 'binary', maxLength: 40 }), truncate: fc.boolean() });
    fc.assert(fc.property(mutation, ({ at, cut, insert, truncate }) => {
      const mutated = truncate ? text.slice(0, at) : text.slice(0, at) + insert + text.slice(at + cut);
      expectConsistent(parseOpenalex(mutated, 'mutated.csv'));
    }), { numRuns: 100 });
  });
});
