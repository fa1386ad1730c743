import type { FileImport } from '../import/import-file';
import type { Dataset, FileSummary } from './types';
import { mergeDuplicates } from './merge';

/** A new, empty dataset. `now` is injectable for tests. */
export function createDataset(id: string, name: string, options: { synthetic?: boolean; now?: Date } = {}): Dataset {
  const stamp = (options.now ?? new Date()).toISOString();
  return { id, name, createdAt: stamp, updatedAt: stamp, synthetic: options.synthetic ?? false, files: [], publications: [], patents: [], merges: [] };
}

/** The workspace's record of one file import, accepted or rejected. */
export function summarizeFileImport(fileImport: FileImport): FileSummary {
  if (!fileImport.ok) {
    return { file: fileImport.file, bytes: fileImport.bytes, format: fileImport.format, ok: false, rows: 0, records: 0, skipped: 0, issues: fileImport.issues };
  }
  const { result } = fileImport;
  return {
    file: fileImport.file,
    bytes: fileImport.bytes,
    format: result.format,
    ok: true,
    encoding: fileImport.encoding,
    rows: result.stats.rows,
    records: result.stats.records,
    skipped: result.stats.skipped,
    issues: result.issues,
  };
}

/**
 * Returns a new dataset with the files' records added and duplicates merged (across files and
 * databases). Rejected files are listed with their issues but add no records. The input dataset
 * is not modified, so a failure leaves what was imported before intact.
 */
export function addImports(dataset: Dataset, imports: FileImport[], now: Date = new Date()): Dataset {
  const publications = [...dataset.publications];
  const patents = [...dataset.patents];
  for (const fileImport of imports) {
    if (!fileImport.ok) continue;
    publications.push(...fileImport.result.publications);
    patents.push(...fileImport.result.patents);
  }
  const merged = mergeDuplicates(publications, patents);
  return {
    ...dataset,
    updatedAt: now.toISOString(),
    files: [...dataset.files, ...imports.map(summarizeFileImport)],
    publications: merged.publications,
    patents: merged.patents,
    merges: [...dataset.merges, ...merged.merges],
  };
}
