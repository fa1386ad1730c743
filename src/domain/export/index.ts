export type { ScienceMap, ScienceMapItem, ScienceMapItemBurst, ScienceMapLink, ScienceMapCluster, ScienceMapRead, ReadOptions } from './types';
export { writeVosviewerMap, writeVosviewerNetwork, readVosviewerMap, readVosviewerNetwork, vosviewerCaveats, type VosviewerCaveat, type VosviewerMapRead, type ReadNetworkOptions } from './vosviewer';
export { writeVosviewerJson, readVosviewerJson } from './vosviewer-json';
export { writePajek, readPajek, pajekLabel, type WritePajekOptions } from './pajek';
export { writeGraphML, readGraphML } from './graphml';
export { writeNodesCsv, writeLinksCsv, writeClustersCsv } from './csv-tables';
