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
  { name: 'Environmental Science', wc: 'Environmental Sciences', sc: 'Environmental Sciences & Ecology', dept: 'Dept Environm Sci', deptFull: 'Department of Environmental Science',
    keywords: ['climate change', 'life cycle assessment', 'circular economy', 'carbon emissions', 'water quality', 'biodiversity', 'ecosystem services', 'remote sensing', 'urban heat island', 'air pollution', 'microplastics', 'land use change', 'wastewater treatment', 'heavy metals', 'soil carbon', 'green infrastructure', 'flood risk', 'environmental policy', 'nitrogen', 'wetlands', 'drought', 'renewable energy', 'environmental justice', 'plastic waste'],
    plus: ['IMPACT', 'MANAGEMENT', 'EMISSIONS', 'CLIMATE', 'MODEL', 'SYSTEMS', 'QUALITY', 'CHINA', 'SUSTAINABILITY', 'RISK'] },
  { name: 'Materials Science', wc: 'Materials Science, Multidisciplinary', sc: 'Materials Science', dept: 'Dept Mat Sci & Engn', deptFull: 'Department of Materials Science and Engineering',
    keywords: ['perovskite solar cells', 'lithium-ion batteries', 'graphene', 'thin films', 'nanoparticles', 'corrosion', 'additive manufacturing', 'electrocatalysis', 'hydrogen evolution', 'metal-organic frameworks', 'supercapacitors', 'density functional theory', 'photocatalysis', 'solid electrolytes', 'polymer composites', 'mechanical properties', 'high-entropy alloys', 'carbon nanotubes', 'sodium-ion batteries', 'coatings', 'catalysis', 'membranes', 'microstructure', 'sensors'],
    plus: ['PERFORMANCE', 'EFFICIENCY', 'STABILITY', 'NANOSTRUCTURES', 'FABRICATION', 'DESIGN', 'TEMPERATURE', 'GROWTH', 'OXIDE', 'ENERGY'] },
  { name: 'Public Health', wc: 'Public, Environmental & Occupational Health', sc: 'Public, Environmental & Occupational Health', dept: 'Sch Publ Hlth', deptFull: 'School of Public Health',
    keywords: ['covid-19', 'mental health', 'health inequalities', 'physical activity', 'vaccination', 'obesity', 'primary care', 'digital health', 'ageing', 'smoking cessation', 'food insecurity', 'diabetes', 'air pollution exposure', 'maternal health', 'alcohol', 'health literacy', 'depression', 'social determinants of health', 'telemedicine', 'nutrition', 'cardiovascular disease', 'adolescents', 'health policy', 'cohort study'],
    plus: ['PREVALENCE', 'RISK', 'MORTALITY', 'HEALTH', 'CARE', 'OUTCOMES', 'CHILDREN', 'ASSOCIATION', 'INTERVENTION', 'WOMEN'] },
] as const;

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

/** Keywords every field uses now and then: they bridge the fields on keyword maps, as in real data. */
export const SHARED_KEYWORDS = ['sustainability', 'machine learning', 'systematic review', 'policy', 'climate change', 'energy', 'urbanization', 'public engagement', 'big data', 'life cycle assessment'];

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
