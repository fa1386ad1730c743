import { WORKSPACE_ERROR_NAMES } from '../../workers/lib/workspace-types';

/**
 * What went wrong with a workspace call, in the terms the UI needs:
 * `aborted` = cancelled by the user; `crashed` = the worker died or failed unexpectedly (offer
 * Restart); the storage kinds get their own explanation; `not-found`/`invalid` are plain errors.
 */
export type WorkspaceErrorKind = 'aborted' | 'crashed' | 'storage-full' | 'storage' | 'not-found' | 'invalid';

export class WorkspaceError extends Error {
  constructor(readonly kind: WorkspaceErrorKind, message: string) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

const KIND_BY_NAME: Record<string, WorkspaceErrorKind> = {
  [WORKSPACE_ERROR_NAMES.storageFull]: 'storage-full',
  [WORKSPACE_ERROR_NAMES.storage]: 'storage',
  [WORKSPACE_ERROR_NAMES.notFound]: 'not-found',
  [WORKSPACE_ERROR_NAMES.invalid]: 'invalid',
};

/** Maps whatever a worker call rejected with to a WorkspaceError; anything unexpected is a crash. */
export function toWorkspaceError(error: unknown): WorkspaceError {
  if (error instanceof WorkspaceError) return error;
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const kind = typeof name === 'string' ? KIND_BY_NAME[name] : undefined;
    return new WorkspaceError(kind ?? 'crashed', String(message ?? ''));
  }
  return new WorkspaceError('crashed', String(error));
}

export const isAborted = (error: unknown): boolean => error instanceof WorkspaceError && error.kind === 'aborted';
