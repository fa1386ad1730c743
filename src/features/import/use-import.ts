import { useCallback, useRef, useState } from 'react';
import { isAborted, readFiles, toWorkspaceError, useWorkspace } from '../../services';
import type { ImportPhase, ImportProgress, WorkspaceError } from '../../services';
import type { FileSummary } from '../../domain/dataset';

export interface FileProgress {
  file: string;
  phase: ImportPhase;
  done: number;
  total: number;
}

/** Where the import screen's current import is. */
export type ImportRun =
  | { state: 'idle' }
  | { state: 'running'; files: FileProgress[]; stage: ImportPhase | undefined }
  | { state: 'finished'; newFiles: FileSummary[] }
  | { state: 'cancelled' }
  | { state: 'failed'; error: WorkspaceError };

/** Applies one progress event from the worker to the per-file list (pure). */
export function applyProgress(run: Extract<ImportRun, { state: 'running' }>, progress: ImportProgress): Extract<ImportRun, { state: 'running' }> {
  if (progress.fileIndex < 0) return { ...run, stage: progress.phase };
  const files = run.files.slice();
  files[progress.fileIndex] = { file: progress.file, phase: progress.phase, done: progress.done, total: progress.total };
  return { ...run, files };
}

/** Runs imports into the current dataset in the worker, with per-file progress and cancel. */
export function useImport() {
  const { client, current, markChanged } = useWorkspace();
  const [run, setRun] = useState<ImportRun>({ state: 'idle' });
  const runId = useRef(0);

  const start = useCallback(
    async (picked: readonly File[]) => {
      if (!current || picked.length === 0) return;
      const id = ++runId.current;
      const queued = picked.map((file): FileProgress => ({ file: file.name, phase: 'reading', done: 0, total: file.size }));
      setRun({ state: 'running', files: queued, stage: undefined });
      try {
        const inputs = await readFiles(picked);
        const outcome = await client.importFiles(current.id, inputs, (progress) => {
          if (id === runId.current) setRun((previous) => (previous.state === 'running' ? applyProgress(previous, progress) : previous));
        });
        if (id !== runId.current) return;
        setRun({ state: 'finished', newFiles: outcome.newFiles });
        markChanged(outcome.overview.dataset);
      } catch (error) {
        if (id !== runId.current) return;
        setRun(isAborted(error) ? { state: 'cancelled' } : { state: 'failed', error: toWorkspaceError(error) });
      }
    },
    [client, current, markChanged],
  );

  const cancel = useCallback(() => {
    runId.current++;
    client.cancel();
    setRun({ state: 'cancelled' });
  }, [client]);

  const dismiss = useCallback(() => setRun({ state: 'idle' }), []);

  return { run, start, cancel, dismiss, isRunning: run.state === 'running' };
}
