import { useContext } from 'react';
import { WorkspaceContext } from './workspace-context';
import type { WorkspaceState } from './workspace-context';

export function useWorkspace(): WorkspaceState {
  const state = useContext(WorkspaceContext);
  if (!state) throw new Error('services: useWorkspace() needs a <WorkspaceProvider> above it');
  return state;
}
