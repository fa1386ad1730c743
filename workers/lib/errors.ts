import { WORKSPACE_ERROR_NAMES } from './workspace-types';

/** An Error whose `name` survives the comlink boundary, so the UI can tell the cases apart. */
export function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Code 22 is the legacy DOMException code for a full quota.
  return (typeof name === 'string' && QUOTA_NAMES.has(name)) || code === 22;
}

/** Turns whatever IndexedDB threw into a StorageFullError or a StorageError with a clear message. */
export function toStorageError(error: unknown, action: string): Error {
  if (isQuotaError(error)) {
    return namedError(WORKSPACE_ERROR_NAMES.storageFull, "Your browser's storage for this site is full: delete a dataset or free disk space.");
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return namedError(WORKSPACE_ERROR_NAMES.storage, `The browser's database could not ${action} (${detail}).`);
}
