import { useCallback, useEffect, useState } from 'react';
import { useWorkspace } from '../../services';
import type { PatentRow, PatentSortKey, PublicationRow, PublicationSortKey, RecordKind, RecordRow, SortDir } from '../../services';
import { downloadCsv } from '../../ui/download';
import { useT } from '../../ui/i18n';
import { patentRowsToCsv, publicationRowsToCsv } from './records-csv';

export type SortKey = PublicationSortKey | PatentSortKey;

export interface RecordsState {
  kind: RecordKind;
  search: string;
  sortBy: SortKey;
  sortDir: SortDir;
  page: number;
  rowsPerPage: number;
}

const DEFAULT_SORT: Record<RecordKind, { sortBy: SortKey; sortDir: SortDir }> = {
  publication: { sortBy: 'year', sortDir: 'desc' },
  patent: { sortBy: 'publicationDate', sortDir: 'desc' },
};
const SEARCH_DELAY_MS = 250;
const EXPORT_LIMIT = 100_000;

/**
 * The records table: one page at a time from the worker, so 50,000 records stay smooth. Mount one
 * table per kind (keyed), so each keeps its own search and order.
 */
export function useRecords(kind: RecordKind) {
  const t = useT();
  const { client, current, revision, reportError } = useWorkspace();
  const datasetId = current?.id;
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState<RecordsState>({ kind, search: '', ...DEFAULT_SORT[kind], page: 0, rowsPerPage: 25 });
  const [result, setResult] = useState<{ total: number; rows: RecordRow[]; key: string }>();

  useEffect(() => {
    const timer = setTimeout(() => setQuery((previous) => (previous.search === search ? previous : { ...previous, search, page: 0 })), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);

  const key = JSON.stringify([datasetId, revision, query]);
  useEffect(() => {
    if (!datasetId) return;
    let live = true;
    const { page, rowsPerPage, ...rest } = query;
    client.queryRecords(datasetId, { ...rest, offset: page * rowsPerPage, limit: rowsPerPage }).then(
      (page) => live && setResult({ ...page, key }),
      (error: unknown) => live && reportError(error),
    );
    return () => {
      live = false;
    };
  }, [client, datasetId, query, key, reportError]);

  const sortBy = (column: SortKey) =>
    setQuery((previous) => ({
      ...previous,
      sortBy: column,
      sortDir: previous.sortBy === column ? (previous.sortDir === 'asc' ? 'desc' : 'asc') : column === 'year' || column === 'timesCited' ? 'desc' : 'asc',
      page: 0,
    }));

  const exportCsv = useCallback(async () => {
    if (!datasetId) return;
    try {
      const { kind: exportKind, search: exportSearch, sortBy: by, sortDir: dir } = query;
      const all = await client.queryRecords(datasetId, { kind: exportKind, search: exportSearch, sortBy: by, sortDir: dir, offset: 0, limit: EXPORT_LIMIT });
      const csv =
        exportKind === 'patent'
          ? patentRowsToCsv(all.rows.filter((row): row is PatentRow => row.kind === 'patent'), t)
          : publicationRowsToCsv(all.rows.filter((row): row is PublicationRow => row.kind === 'publication'), t);
      downloadCsv(csv, t(exportKind === 'patent' ? 'records.patentsFileName' : 'records.fileName'));
    } catch (error) {
      reportError(error);
    }
  }, [client, datasetId, query, t, reportError]);

  return {
    query,
    search,
    setSearch,
    rows: result?.rows ?? [],
    total: result?.total ?? 0,
    isLoading: result?.key !== key,
    sortBy,
    setPage: (page: number) => setQuery((previous) => ({ ...previous, page })),
    setRowsPerPage: (rowsPerPage: number) => setQuery((previous) => ({ ...previous, rowsPerPage, page: 0 })),
    exportCsv,
  };
}
