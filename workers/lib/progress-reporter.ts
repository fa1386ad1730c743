import type { ImportProgress } from './workspace-types';

export const DEFAULT_PROGRESS_INTERVAL_MS = 100;

/**
 * Forwards import progress at most once per `intervalMs` per file, except that a change of phase
 * always goes through (so "done" and "rejected" are never lost to the throttle).
 */
export function createProgressReporter(
  onProgress: ((progress: ImportProgress) => void) | undefined,
  intervalMs: number = DEFAULT_PROGRESS_INTERVAL_MS,
  clock: () => number = () => Date.now(),
): (progress: ImportProgress) => void {
  const last = new Map<number, { at: number; phase: string }>();
  return (progress) => {
    if (!onProgress) return;
    const now = clock();
    const previous = last.get(progress.fileIndex);
    if (previous && previous.phase === progress.phase && now - previous.at < intervalMs) return;
    last.set(progress.fileIndex, { at: now, phase: progress.phase });
    onProgress(progress);
  };
}
