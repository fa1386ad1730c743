import { createContext } from 'react';
import type { DatasetListItem } from '../../workers/lib/workspace-types';
import type { WorkspaceClient } from './workspace-client';
import type { WorkspaceError } from './workspace-errors';

export type WorkspaceStatus = 'starting' | 'creating-demo' | 'ready';

export interface WorkspaceState {
  client: WorkspaceClient;
  status: WorkspaceStatus;
  datasets: DatasetListItem[];
  current: DatasetListItem | undefined;
  /** Bumped whenever the current dataset's content changes, so views reload what they show. */
  revision: number;
  /** The worker died or failed unexpectedly; `restart()` recovers. */
  crash: WorkspaceError | undefined;
  /** The last failed action (not a crash), for a dismissible message. */
  error: WorkspaceError | undefined;
  /** No demo files were bundled, so "load demo" cannot work. */
  isDemoMissing: boolean;
  select(id: string): void;
  createDataset(name: string): Promise<void>;
  renameDataset(id: string, name: string): Promise<void>;
  deleteDataset(id: string): Promise<void>;
  loadDemo(): Promise<void>;
  /** Tells the workspace that the current dataset changed (after an import). */
  markChanged(item: DatasetListItem): void;
  reportError(error: unknown): void;
  dismissError(): void;
  restart(): void;
}

export const WorkspaceContext = createContext<WorkspaceState | null>(null);
