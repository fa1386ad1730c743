import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { DatasetListItem } from '../../workers/lib/workspace-types';
import { WorkspaceContext } from './workspace-context';
import type { WorkspaceState, WorkspaceStatus } from './workspace-context';
import { getWorkspaceClient } from './workspace-singleton';
import { isAborted, toWorkspaceError } from './workspace-errors';
import type { WorkspaceError } from './workspace-errors';

const CURRENT_KEY = 'meridian.dataset';

const readCurrent = (): string | null => {
  try {
    return localStorage.getItem(CURRENT_KEY);
  } catch {
    return null;
  }
};
const writeCurrent = (id: string | null): void => {
  try {
    if (id) localStorage.setItem(CURRENT_KEY, id);
    else localStorage.removeItem(CURRENT_KEY);
  } catch {
    // Blocked storage only means the choice is not remembered.
  }
};

/**
 * The React side of the workspace: the dataset list, the current dataset (remembered), startup
 * (creating the synthetic demo on first run) and crash recovery. Screens read it with useWorkspace().
 */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const client = getWorkspaceClient();
  const [status, setStatus] = useState<WorkspaceStatus>('starting');
  const [datasets, setDatasets] = useState<DatasetListItem[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(readCurrent);
  const [revision, setRevision] = useState(0);
  const [crash, setCrash] = useState<WorkspaceError>();
  const [error, setError] = useState<WorkspaceError>();
  const [isDemoMissing, setDemoMissing] = useState(false);
  const [generation, setGeneration] = useState(0);

  const select = useCallback((id: string | null) => {
    setCurrentId(id);
    writeCurrent(id);
  }, []);

  const reportError = useCallback((failure: unknown) => {
    if (isAborted(failure)) return;
    const workspaceError = toWorkspaceError(failure);
    // Crashes reach the crash listener already; only show other failures here.
    if (workspaceError.kind !== 'crashed') setError(workspaceError);
  }, []);

  useEffect(() => client.onCrash((failure) => setCrash(failure)), [client]);

  // Start (or restart) the workspace: list datasets, create the demo on the very first run.
  useEffect(() => {
    let live = true;
    (async () => {
      setStatus('starting');
      const state = await client.startup();
      let list = state.datasets;
      if (state.isFirstRun) {
        setStatus('creating-demo');
        const demo = await client.loadDemo({ ifFirstRun: true });
        list = await client.listDatasets();
        if (live && demo.kind === 'created') select(demo.outcome.overview.dataset.id);
        if (live && demo.kind === 'missing') setDemoMissing(true);
      }
      if (!live) return;
      setDatasets(list);
      setCurrentId((id) => {
        const next = list.some((item) => item.id === id) ? id : (list[0]?.id ?? null);
        writeCurrent(next);
        return next;
      });
      setStatus('ready');
    })().catch((failure: unknown) => {
      if (live) {
        reportError(failure);
        setStatus('ready');
      }
    });
    return () => {
      live = false;
    };
  }, [client, generation, reportError, select]);

  const refresh = useCallback(async () => setDatasets(await client.listDatasets()), [client]);

  const state = useMemo<WorkspaceState>(() => {
    const guarded = <A extends unknown[]>(run: (...args: A) => Promise<void>) => async (...args: A): Promise<void> => {
      try {
        await run(...args);
      } catch (failure) {
        reportError(failure);
      }
    };
    return {
      client,
      status,
      datasets,
      current: datasets.find((item) => item.id === currentId),
      revision,
      crash,
      error,
      isDemoMissing,
      select,
      createDataset: guarded(async (name: string) => {
        const item = await client.createDataset(name);
        await refresh();
        select(item.id);
      }),
      renameDataset: guarded(async (id: string, name: string) => {
        await client.renameDataset(id, name);
        await refresh();
      }),
      deleteDataset: guarded(async (id: string) => {
        await client.deleteDataset(id);
        const list = await client.listDatasets();
        setDatasets(list);
        if (id === currentId) select(list[0]?.id ?? null);
      }),
      loadDemo: guarded(async () => {
        setStatus('creating-demo');
        try {
          const demo = await client.loadDemo();
          if (demo.kind !== 'created') {
            setDemoMissing(demo.kind === 'missing');
            return;
          }
          await refresh();
          select(demo.outcome.overview.dataset.id);
        } finally {
          setStatus('ready');
        }
      }),
      markChanged: (item) => {
        setDatasets((list) => list.map((entry) => (entry.id === item.id ? item : entry)));
        setRevision((value) => value + 1);
      },
      reportError,
      dismissError: () => setError(undefined),
      restart: () => {
        client.restart();
        setCrash(undefined);
        setError(undefined);
        setGeneration((value) => value + 1);
        setRevision((value) => value + 1);
      },
    };
  }, [client, status, datasets, currentId, revision, crash, error, isDemoMissing, select, reportError, refresh]);

  return <WorkspaceContext.Provider value={state}>{children}</WorkspaceContext.Provider>;
}
