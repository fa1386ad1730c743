import type { Rng } from './rng';

interface DemoPatent {
  jurisdiction: string;
  kind: string;
  number: string;
  lensId: string;
  pubDate: string;
  appNumber: string;
  appDate: string;
  priorityNumber: string;
  priorityDate: string;
  title: string;
  abstract: string;
  applicants: string[];
  inventors: string[];
  cpc: string[];
  ipc: string[];
  cites: number;
  citedBy: number;
  family: string[];
  status: string;
  npl: string[];
}

const TOPICS = [
  { title: 'Perovskite photovoltaic device with passivated interface', cpc: ['H10K30/50', 'Y02E10/549', 'H10K85/50'], ipc: ['H10K30/50', 'H01L31/0256'] },
  { title: 'Solid-state electrolyte for lithium-ion battery', cpc: ['H01M10/0562', 'H01M10/0525', 'Y02E60/10'], ipc: ['H01M10/0562', 'H01M10/0525'] },
  { title: 'Membrane filtration system for removing microplastics from water', cpc: ['C02F1/44', 'B01D61/14', 'C02F2101/30'], ipc: ['C02F1/44', 'B01D61/14'] },
  { title: 'Graphene-based supercapacitor electrode and method of making', cpc: ['H01G11/36', 'C01B32/182', 'Y02E60/13'], ipc: ['H01G11/36', 'C01B32/182'] },
  { title: 'Wearable sensor for monitoring physical activity and heart rate', cpc: ['A61B5/1118', 'A61B5/024', 'G16H40/67'], ipc: ['A61B5/11', 'A61B5/024'] },
  { title: 'Catalyst for electrochemical hydrogen evolution', cpc: ['C25B11/091', 'C25B1/04', 'Y02E60/36'], ipc: ['C25B11/091', 'C25B1/04'] },
];
const APPLICANTS = ['NORTHBRIDGE UNIVERSITY', 'UNIV EASTFIELD', 'HARBOUR INSTITUTE OF TECHNOLOGY', 'VOLTARIS ENERGY LTD', 'AQUAPURE SYSTEMS INC', 'SOLENNE PHOTONICS GMBH', 'KESTREL HEALTH TECHNOLOGIES LLC'];
const INVENTORS = ['SMITH ANNA', 'CHEN WEI', 'OKAFOR OLUWASEUN', 'MULLER LUKAS', 'PATEL RAJ', 'ANDERSSON EVA', 'KIM MIN-JUN', 'HUGHES OLIVER', 'ZHANG JUN', 'DUBOIS CLAIRE'];
const OFFICES = ['US', 'US', 'US', 'EP', 'WO', 'CN', 'GB', 'AU', 'JP'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

function lensId(r: Rng): string {
  const g = (): string => pad(Math.floor(r() * 1000), 3);
  const last = r() < 0.1 ? `${pad(Math.floor(r() * 100), 2)}X` : g();
  return `${g()}-${g()}-${g()}-${g()}-${last}`;
}

/** Synthetic patents: families of 1-4 publications across offices, 2012-2025. */
export function makePatents(r: Rng): DemoPatent[] {
  const out: DemoPatent[] = [];
  for (let family = 0; family < 90; family++) {
    const topic = TOPICS[Math.floor(r() * TOPICS.length)];
    const year = 2012 + Math.floor(Math.sqrt(r()) * 12);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const applicants = [APPLICANTS[r() < 0.45 ? 0 : 1 + Math.floor(r() * (APPLICANTS.length - 1))]];
    if (r() < 0.3) applicants.push(APPLICANTS[Math.floor(r() * APPLICANTS.length)]);
    const inventors = [...new Set(Array.from({ length: 1 + Math.floor(r() * 4) }, () => INVENTORS[Math.floor(r() * INVENTORS.length)]))];
    const members = 1 + Math.floor(r() * 3.5);
    const ids = Array.from({ length: members }, () => lensId(r));
    const priorityNumber = `GB ${year}${pad(10000 + family * 37, 6)} A`;
    const offices = ['GB', ...Array.from({ length: members - 1 }, () => OFFICES[Math.floor(r() * OFFICES.length)])];
    offices.forEach((office, k) => {
      const pubYear = Math.min(2025, year + 1 + k);
      const granted = office !== 'WO' && r() < 0.45 && pubYear < 2025;
      const kind = office === 'WO' ? 'A1' : granted ? (office === 'US' ? 'B2' : 'B1') : 'A1';
      const number = office === 'WO' ? `${pubYear}/${pad(100000 + family * 13 + k, 6)}` : String(10000000 + family * 1013 + k * 7);
      const citedBy = Math.floor(Math.pow(r(), 2) * (2026 - pubYear) * 4);
      out.push({
        jurisdiction: office,
        kind,
        number: `${office} ${number} ${kind}`,
        lensId: ids[k],
        pubDate: iso(pubYear, month, day),
        appNumber: `${office} ${year}${pad(20000 + family * 17 + k, 6)} A`,
        appDate: iso(year, month, day),
        priorityNumber,
        priorityDate: iso(year, month, day),
        title: `${topic.title}${k > 0 ? '' : ''}`.toUpperCase(),
        abstract: `A synthetic abstract for Meridian's demo workspace: ${topic.title.toLowerCase()}. This invention is invented.`,
        applicants,
        inventors,
        cpc: topic.cpc,
        ipc: topic.ipc,
        cites: Math.floor(r() * 25),
        citedBy,
        family: ids,
        status: granted ? (r() < 0.85 ? 'ACTIVE' : 'EXPIRED') : pubYear >= 2023 ? 'PENDING' : r() < 0.5 ? 'DISCONTINUED' : 'INACTIVE',
        npl: r() < 0.5 ? [`10.9999/demo.${Math.max(2015, year - 1)}.${pad(Math.floor(r() * 640), 4)}`] : [],
      });
    });
  }
  return out;
}

const COLUMNS = ['#', 'Jurisdiction', 'Kind', 'Display Key', 'Lens ID', 'Publication Date', 'Publication Year', 'Application Number', 'Application Date', 'Priority Numbers', 'Earliest Priority Date', 'Title', 'Abstract', 'Applicants', 'Inventors', 'Owners', 'URL', 'Document Type', 'Has Full Text', 'Cites Patent Count', 'Cited by Patent Count', 'Simple Family Size', 'Simple Family Members', 'Simple Family Member Jurisdictions', 'Extended Family Size', 'Extended Family Members', 'Extended Family Member Jurisdictions', 'Sequence Count', 'CPC Classifications', 'IPCR Classifications', 'US Classifications', 'NPL Citation Count', 'NPL Resolved Citation Count', 'NPL Resolved Lens ID(s)', 'NPL Resolved External ID(s)', 'NPL Citations', 'Legal Status'];

const cell = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A Lens.org patent CSV export in the current 37-column layout (UTF-8 BOM, CRLF, ';;' lists). */
export function toLensPatentCsv(patents: DemoPatent[]): string {
  const rows = patents.map((p, i) => {
    const granted = p.kind.startsWith('B');
    const values: Record<string, string> = {
      '#': String(i + 1),
      Jurisdiction: p.jurisdiction,
      Kind: p.kind,
      'Display Key': p.number,
      'Lens ID': p.lensId,
      'Publication Date': p.pubDate,
      'Publication Year': p.pubDate.slice(0, 4),
      'Application Number': p.appNumber,
      'Application Date': p.appDate,
      'Priority Numbers': p.priorityNumber,
      'Earliest Priority Date': p.priorityDate,
      Title: p.title,
      Abstract: p.abstract,
      Applicants: p.applicants.join(';;'),
      Inventors: p.inventors.join(';;'),
      Owners: granted ? `${p.applicants[0]} (${p.pubDate})` : '',
      URL: `https://www.lens.org/lens/patent/${p.lensId}`,
      'Document Type': granted ? 'Granted Patent' : 'Patent Application',
      'Has Full Text': 'true',
      'Cites Patent Count': String(p.cites),
      'Cited by Patent Count': String(p.citedBy),
      'Simple Family Size': String(p.family.length),
      'Simple Family Members': p.family.join(';;'),
      'Extended Family Size': String(p.family.length),
      'Extended Family Members': p.family.join(';;'),
      'Sequence Count': '0',
      'CPC Classifications': p.cpc.join(';;'),
      'IPCR Classifications': p.ipc.join(';;'),
      'NPL Citation Count': String(p.npl.length),
      'NPL Resolved Citation Count': String(p.npl.length),
      'NPL Resolved External ID(s)': p.npl.join(';;'),
      'NPL Citations': p.npl.map((d) => `Synthetic reference, doi:${d}`).join(';;'),
      'Legal Status': p.status,
    };
    return COLUMNS.map((c) => cell(values[c] ?? '')).join(',');
  });
  return `\uFEFF"#",${COLUMNS.slice(1).join(',')}\r\n${rows.join('\r\n')}\r\n`;
}
