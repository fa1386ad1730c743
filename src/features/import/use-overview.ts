import { useEffect, useState } from 'react';
import { useWorkspace } from '../../services';
import type { WorkspaceOverview } from '../../services';

/** The current dataset's overview, reloaded when the dataset or its content changes. */
export function useOverview(): { overview: WorkspaceOverview | undefined; isLoading: boolean } {
  const { client, current, revision, reportError } = useWorkspace();
  const datasetId = current?.id;
  const [loaded, setLoaded] = useState<{ key: string; overview: WorkspaceOverview }>();
  const key = `${datasetId}:${revision}`;

  useEffect(() => {
    if (!datasetId) return;
    let live = true;
    client.getSummary(datasetId).then(
      (overview) => live && setLoaded({ key: `${datasetId}:${revision}`, overview }),
      (error: unknown) => live && reportError(error),
    );
    return () => {
      live = false;
    };
  }, [client, datasetId, revision, reportError]);

  // Keep showing the previous overview of the same dataset while a newer one loads (no flicker).
  const overview = loaded && loaded.overview.dataset.id === datasetId ? loaded.overview : undefined;
  return { overview, isLoading: loaded?.key !== key };
}
