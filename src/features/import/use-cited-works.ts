import { useEffect, useState } from 'react';
import type { CitedWorksSummary } from '../../domain/dataset';
import { useWorkspace } from '../../services';

/**
 * The dataset's most cited works. Reference matching takes seconds on large datasets, so it is
 * asked for after the overview is on screen; `undefined` while it runs.
 */
export function useCitedWorks(datasetId: string, version: string): CitedWorksSummary | undefined {
  const { client, reportError } = useWorkspace();
  const [result, setResult] = useState<{ key: string; works: CitedWorksSummary }>();
  const key = `${datasetId}@${version}`;
  useEffect(() => {
    let live = true;
    client.getCitedWorks(datasetId).then(
      (works) => live && setResult({ key, works }),
      (error: unknown) => live && reportError(error),
    );
    return () => {
      live = false;
    };
  }, [client, datasetId, key, reportError]);
  return result?.key === key ? result.works : undefined;
}
