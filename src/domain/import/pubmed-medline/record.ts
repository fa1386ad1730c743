/** Builds one Publication from the tagged fields of one MEDLINE record, field by field as they end. */
import type { Affiliation, Author, Publication } from '../../model';
import { emptyPublication } from '../../model';
import { authorFromName } from '../../util/names';
import { normalizeDoi, parseYear, unique } from '../../util/text';
import { parsePubmedAffiliation } from './institution';
import { documentTypeOf, formatGrant, languageName, meshDescriptor, orcidOf, parsePages, splitAddresses } from './fields';

export const PUBMED_FORMAT = 'pubmed-medline' as const;

/** Tags whose value `RecordBuilder.field` reads; other tags are passed with an empty value. */
export const READ_TAGS: ReadonlySet<string> = new Set([
  'PMID', 'TI', 'BTI', 'CTI', 'AB', 'FAU', 'AU', 'AUID', 'AD', 'DP', 'DEP', 'TA', 'JT', 'PB', 'IS', 'VI', 'IP', 'PG', 'LID', 'AID', 'PT', 'LA', 'MH', 'OT', 'GR', 'PMC',
]);

interface PendingAuthor {
  full?: string;
  short?: string;
  orcid?: string;
  affiliationIndices: number[];
}

/** Mutable state of the record being read; `finish` turns it into a Publication. */
export class RecordBuilder {
  readonly publication: Publication;
  private readonly authors: PendingAuthor[] = [];
  /** The author that AD / AUID lines belong to; null after a group (CN) or investigator (IR, FIR). */
  private current: PendingAuthor | null = null;
  private lastTag = '';
  private readonly affiliationByRaw = new Map<string, number>();
  private readonly types: string[] = [];
  private readonly mesh: string[] = [];
  private readonly otherTerms: string[] = [];
  private bookTitle?: string;
  private collectionTitle?: string;
  private electronicDate?: string;
  private hasContent = false;

  constructor(file: string, readonly line: number) {
    this.publication = emptyPublication({ file, format: PUBMED_FORMAT, line });
  }

  /** Applies one complete field (continuation lines already joined). */
  field(tag: string, value: string): void {
    const p = this.publication;
    if (tag !== 'PMID') this.hasContent = true;
    // An empty line ("AB  - ") adds nothing; tags read for their position only (CN, IR, FIR) pass.
    if (!value && READ_TAGS.has(tag)) {
      this.lastTag = tag;
      return;
    }
    switch (tag) {
      case 'PMID': {
        const digits = /\d+/.exec(value);
        if (digits) p.ids.pmid = digits[0];
        break;
      }
      case 'TI': p.title = unbracket(value); break;
      case 'BTI': this.bookTitle = value; break;
      case 'CTI': this.collectionTitle = value; break;
      case 'AB': p.abstract = value; break;
      case 'FAU': this.startAuthor({ full: value, affiliationIndices: [] }); break;
      case 'AU':
        // AU follows its FAU directly; an AU alone (records before 2002) is an author of its own.
        if (this.current && this.lastTag === 'FAU' && this.current.short === undefined) this.current.short = value;
        else this.startAuthor({ short: value, affiliationIndices: [] });
        break;
      case 'AUID': if (this.current) this.current.orcid ??= orcidOf(value); break;
      case 'AD': this.address(value); break;
      case 'CN': case 'IR': case 'FIR': this.current = null; break;
      case 'DP': this.setYear(value); break;
      case 'DEP': this.electronicDate = value; break;
      case 'TA': p.sourceAbbrev = value; break;
      case 'JT': p.sourceTitle = value; break;
      case 'PB': p.publisher = value; break;
      case 'IS': {
        const issn = /\d{4}-\d{3}[\dXx]/.exec(value);
        if (issn && !p.issn.includes(issn[0].toUpperCase())) p.issn.push(issn[0].toUpperCase());
        break;
      }
      case 'VI': p.volume = value; break;
      case 'IP': p.issue = value; break;
      case 'PG': {
        const { pageStart, pageEnd } = parsePages(value);
        if (pageStart) p.pageStart = pageStart;
        if (pageEnd) p.pageEnd = pageEnd;
        break;
      }
      case 'LID': case 'AID': this.locationId(value); break;
      case 'PT': this.types.push(value); break;
      case 'LA': p.language ??= languageName(value); break;
      case 'MH': this.mesh.push(meshDescriptor(value)); break;
      case 'OT': this.otherTerms.push(value.replace(/^\*/, '').trim()); break;
      case 'GR': p.funding.push(formatGrant(value)); break;
      case 'PMC': if (/^PMC\d+$/i.test(value)) p.ids.pmcid = value.toUpperCase(); break;
      default: break;
    }
    this.lastTag = tag;
  }

  /** True when the record carries anything besides a PMID line. */
  get isEmpty(): boolean {
    return !this.hasContent;
  }

  /** Finishes the record: authors, affiliations, derived lists and document type. */
  finish(): Publication {
    const p = this.publication;
    if (!p.title && this.bookTitle) p.title = unbracket(this.bookTitle);
    if (!p.sourceTitle && this.collectionTitle) p.sourceTitle = this.collectionTitle;
    if (p.year === undefined && this.electronicDate) this.setYear(this.electronicDate);
    p.authors = this.authors.filter((a) => a.full || a.short).map(toAuthor);
    p.indexKeywords = unique(this.mesh.filter(Boolean));
    p.authorKeywords = unique(this.otherTerms.filter(Boolean));
    p.funding = unique(p.funding.filter(Boolean));
    p.documentType = documentTypeOf(this.types);
    if (this.types.length) p.documentTypeRaw = this.types.join('; ');
    p.institutions = unique(p.affiliations.map((a) => a.institution).filter((v): v is string => !!v));
    p.countries = unique(p.affiliations.map((a) => a.country).filter((v): v is string => !!v));
    return p;
  }

  private setYear(value: string): void {
    const year = parseYear(value);
    if (year !== undefined) this.publication.year = year;
  }

  private startAuthor(author: PendingAuthor): void {
    this.authors.push(author);
    this.current = author;
  }

  private address(value: string): void {
    for (const raw of splitAddresses(value)) {
      let index = this.affiliationByRaw.get(raw);
      if (index === undefined) {
        index = this.publication.affiliations.length;
        const parsed: Affiliation = parsePubmedAffiliation(raw);
        this.publication.affiliations.push(parsed);
        this.affiliationByRaw.set(raw, index);
      }
      if (this.current && !this.current.affiliationIndices.includes(index)) this.current.affiliationIndices.push(index);
    }
  }

  private locationId(value: string): void {
    const p = this.publication;
    const bracket = /\s*\[([a-z-]+)\]\s*$/i.exec(value);
    const kind = bracket ? bracket[1].toLowerCase() : '';
    const id = bracket ? value.slice(0, bracket.index).trim() : value.trim();
    if (kind === 'doi' && !p.ids.doi) {
      const doi = normalizeDoi(id);
      if (doi) p.ids.doi = doi;
    }
    else if (!kind && id) p.articleNumber ??= id;
  }
}

/** Removes the brackets MEDLINE puts around titles translated into English: "[Title]." -> "Title.". */
function unbracket(title: string): string {
  const match = /^\[(.*)\](\.?)$/.exec(title);
  return match ? `${match[1]}${match[2]}` : title;
}

function toAuthor(pending: PendingAuthor): Author {
  const full = pending.full;
  const short = pending.short;
  let author: Author;
  const comma = full ? full.indexOf(',') : -1;
  if (full && short && comma > 0) {
    // Fast path for the usual pair FAU "Surname, Given" + AU "Surname Initials": AU is NLM's own
    // short form, so no initials need to be computed.
    const surname = full.slice(0, comma).trim();
    const given = full.slice(comma + 1).trim();
    const space = short.lastIndexOf(' ');
    author = {
      fullName: given ? `${surname}, ${given}` : surname,
      shortName: space > 0 ? `${short.slice(0, space)}, ${short.slice(space + 1)}` : short,
      surname,
      affiliationIndices: pending.affiliationIndices,
    };
    if (given) author.given = given;
  } else {
    // Real names are short; the cap keeps a corrupt line from making name parsing quadratic.
    author = authorFromName((full ?? short ?? '').slice(0, 300));
    if (author.given === undefined) delete author.given;
    author.affiliationIndices = pending.affiliationIndices;
  }
  if (pending.orcid) author.orcid = pending.orcid;
  return author;
}
