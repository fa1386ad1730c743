/** Vocabulary of the synthetic demo workspace: fictional institutions, people and journals. */

export interface Journal {
  full: string;
  j9: string;
  iso: string;
  issn: string;
  publisher: string;
  field: number;
}

export interface Institution {
  wos: string;
  full: string;
  city: string;
  country: string;
  wosCountry: string;
  home?: boolean;
}

export const FIELDS = [
  { name: 'Environmental Science', wc: 'Environmental Sciences', sc: 'Environmental Sciences & Ecology', dept: 'Dept Environm Sci', deptFull: 'Department of Environmental Science', facet: 'policy',
    keywords: ['climate change', 'carbon emissions', 'water quality', 'biodiversity', 'remote sensing', 'urban heat island', 'land use change', 'heavy metals', 'soil carbon', 'green infrastructure', 'flood risk', 'environmental policy', 'nitrogen', 'wetlands', 'drought', 'plastic waste', 'groundwater', 'eutrophication', 'coastal erosion', 'ecological restoration', 'agricultural runoff', 'invasive species', 'wildfires', 'ocean acidification'],
    plus: ['IMPACT', 'MANAGEMENT', 'EMISSIONS', 'CLIMATE', 'MODEL', 'SYSTEMS', 'QUALITY', 'CHINA', 'SUSTAINABILITY', 'RISK'] },
  { name: 'Materials Science', wc: 'Materials Science, Multidisciplinary', sc: 'Materials Science', dept: 'Dept Mat Sci & Engn', deptFull: 'Department of Materials Science and Engineering', facet: 'characterization',
    keywords: ['lithium-ion batteries', 'thin films', 'corrosion', 'additive manufacturing', 'electrocatalysis', 'hydrogen evolution', 'metal-organic frameworks', 'supercapacitors', 'density functional theory', 'solid electrolytes', 'polymer composites', 'mechanical properties', 'carbon nanotubes', 'coatings', 'catalysis', 'microstructure', 'quantum dots', 'ceramics', 'semiconductors', 'magnetic materials', 'phase transitions', 'self-healing materials', 'fatigue', 'oxygen reduction'],
    plus: ['PERFORMANCE', 'EFFICIENCY', 'STABILITY', 'NANOSTRUCTURES', 'FABRICATION', 'DESIGN', 'TEMPERATURE', 'GROWTH', 'OXIDE', 'ENERGY'] },
  { name: 'Public Health', wc: 'Public, Environmental & Occupational Health', sc: 'Public, Environmental & Occupational Health', dept: 'Sch Publ Hlth', deptFull: 'School of Public Health', facet: 'interventions',
    keywords: ['mental health', 'health inequalities', 'physical activity', 'vaccination', 'obesity', 'primary care', 'digital health', 'ageing', 'smoking cessation', 'food insecurity', 'diabetes', 'maternal health', 'alcohol', 'health literacy', 'depression', 'social determinants of health', 'nutrition', 'cardiovascular disease', 'adolescents', 'health policy', 'cancer screening', 'loneliness', 'sleep', 'antimicrobial resistance'],
    plus: ['PREVALENCE', 'RISK', 'MORTALITY', 'HEALTH', 'CARE', 'OUTCOMES', 'CHILDREN', 'ASSOCIATION', 'INTERVENTION', 'WOMEN'] },
] as const;

/** Keywords Plus of every field (WoS derives them from cited titles, where such words abound). */
export const SHARED_PLUS = ['IMPACT', 'MODEL', 'PERFORMANCE', 'SYSTEMS', 'CHINA', 'RISK', 'DESIGN', 'MANAGEMENT'];

export const JOURNALS: Journal[] = [
  { full: 'Journal of Cleaner Production', j9: 'J CLEAN PROD', iso: 'J. Clean Prod.', issn: '0959-6526', publisher: 'ELSEVIER SCI LTD', field: 0 },
  { full: 'Science of the Total Environment', j9: 'SCI TOTAL ENVIRON', iso: 'Sci. Total Environ.', issn: '0048-9697', publisher: 'ELSEVIER', field: 0 },
  { full: 'Environmental Research Letters', j9: 'ENVIRON RES LETT', iso: 'Environ. Res. Lett.', issn: '1748-9326', publisher: 'IOP PUBLISHING LTD', field: 0 },
  { full: 'Water Research', j9: 'WATER RES', iso: 'Water Res.', issn: '0043-1354', publisher: 'PERGAMON-ELSEVIER SCIENCE LTD', field: 0 },
  { full: 'Advanced Materials', j9: 'ADV MATER', iso: 'Adv. Mater.', issn: '0935-9648', publisher: 'WILEY-V C H VERLAG GMBH', field: 1 },
  { full: 'Journal of Materials Chemistry A', j9: 'J MATER CHEM A', iso: 'J. Mater. Chem. A', issn: '2050-7488', publisher: 'ROYAL SOC CHEMISTRY', field: 1 },
  { full: 'ACS Applied Materials & Interfaces', j9: 'ACS APPL MATER INTER', iso: 'ACS Appl. Mater. Interfaces', issn: '1944-8244', publisher: 'AMER CHEMICAL SOC', field: 1 },
  { full: 'Journal of Power Sources', j9: 'J POWER SOURCES', iso: 'J. Power Sources', issn: '0378-7753', publisher: 'ELSEVIER', field: 1 },
  { full: 'BMC Public Health', j9: 'BMC PUBLIC HEALTH', iso: 'BMC Public Health', issn: '1471-2458', publisher: 'BMC', field: 2 },
  { full: 'The Lancet Public Health', j9: 'LANCET PUBLIC HEALTH', iso: 'Lancet Public Health', issn: '2468-2667', publisher: 'ELSEVIER SCI LTD', field: 2 },
  { full: 'International Journal of Environmental Research and Public Health', j9: 'INT J ENV RES PUB HE', iso: 'Int. J. Environ. Res. Public Health', issn: '1660-4601', publisher: 'MDPI', field: 2 },
  { full: 'Social Science & Medicine', j9: 'SOC SCI MED', iso: 'Soc. Sci. Med.', issn: '0277-9536', publisher: 'PERGAMON-ELSEVIER SCIENCE LTD', field: 2 },
];

/**
 * Keywords every field uses now and then, at a steady rate: they bridge the fields on keyword maps,
 * as in real data. Topics shared by two fields and topics that rise and fall are in ./topics.
 */
export const SHARED_KEYWORDS = ['sustainability', 'bibliometrics', 'systematic review', 'policy', 'climate change', 'big data', 'urbanization', 'public engagement', 'open data', 'citizen science'];

export const INSTITUTIONS: Institution[] = [
  { wos: 'Northbridge Univ', full: 'Northbridge University', city: 'Northbridge', country: 'United Kingdom', wosCountry: 'England', home: true },
  { wos: 'Eastfield Univ', full: 'Eastfield University', city: 'Eastfield', country: 'United Kingdom', wosCountry: 'Scotland' },
  { wos: 'Harbour Inst Technol', full: 'Harbour Institute of Technology', city: 'Harbour City', country: 'Netherlands', wosCountry: 'Netherlands' },
  { wos: 'Univ Westmoor', full: 'University of Westmoor', city: 'Westmoor', country: 'Australia', wosCountry: 'Australia' },
  { wos: 'Lakeside Univ', full: 'Lakeside University', city: 'Lakeside', country: 'United States', wosCountry: 'MI 48109 USA' },
  { wos: 'Zhongshan Inst Sci', full: 'Zhongshan Institute of Science', city: 'Nanjing', country: 'China', wosCountry: 'Peoples R China' },
];

export const SURNAMES = ['Smith', 'Chen', 'Garcia', 'Okafor', 'Müller', 'Wang', 'Kowalski', 'Nguyen', 'Patel', 'Andersson', 'Rossi', 'Kim', 'Tanaka', 'Silva', 'Dubois', "O'Brien", 'Novak', 'Haddad', 'Li', 'Zhang', 'van der Berg', 'Ivanova', 'Mensah', 'Fernandez', 'Jensen', 'Liu', 'Ahmed', 'Moreau', 'Schmidt', 'Hughes'];
export const GIVEN = ['Anna', 'James', 'Wei', 'Maria', 'Oluwaseun', 'Lukas', 'Mei Ling', 'Piotr', 'Thi Hoa', 'Raj', 'Sofia', 'Min-jun', 'Hiroshi', 'Ana Paula', 'Claire', 'Sean', 'Eva', 'Karim', 'Xiaoming', 'Jun', 'Pieter', 'Elena', 'Kwame', 'Lucia', 'Mads', 'Yang', 'Fatima', 'Louis', 'Katrin', 'Oliver'];
