export { WorkspaceClient, readFiles } from './workspace-client';
export type { WorkerFactory, CrashListener } from './workspace-client';
export { WorkspaceError, toWorkspaceError, isAborted } from './workspace-errors';
export type { WorkspaceErrorKind } from './workspace-errors';
export type {
  DatasetListItem, WorkspaceOverview, ImportOutcome, ImportProgress, ImportPhase, YearCount,
  RecordKind, RecordQuery, RecordRow, RecordPage, PublicationRow, PatentRow, PublicationSortKey, PatentSortKey, SortDir, FullRecord,
} from '../../workers/lib/workspace-types';
export { MERGES_SHOWN } from '../../workers/lib/workspace-types';
export type { StartupState, DemoResult } from '../../workers/lib/workspace-store';
export { WorkspaceProvider } from './workspace-provider';
export { useWorkspace } from './use-workspace';
export type { WorkspaceState, WorkspaceStatus } from './workspace-context';
export { AnalysisClient, getAnalysisClient } from './analysis-client';
export type {
  AnalysisCapabilities, AnalysisProgress, MapExportFormat, MapExport, MapOptions, MapResult, NetworkType, ThesaurusCheck, ThesaurusFile, ThresholdInfo, ThresholdRequest, UnitKind,
} from '../../workers/lib/analysis-types';
export { MAP_EXPORT_FORMATS, THESAURUS_UNITS, isThesaurusUnit } from '../../workers/lib/analysis-types';
// Plain constants of the domain the Maps form needs (tree-shaken: no algorithm code comes along).
export { NETWORK_UNITS } from '../domain/network/build';
export { BETWEENNESS_MAX_LINKS, BETWEENNESS_MAX_NODES, DEFAULT_MAP_OPTIONS } from '../domain/maps/run-map';
