import { useEffect, useState } from 'react';
import { useWorkspace } from '../../services';
import type { FullRecord } from '../../services';

/** The full record (every field) for the details drawer, fetched from the worker on demand. */
export function useRecord(recordId: string | undefined): { record: FullRecord | undefined; isLoading: boolean; isMissing: boolean } {
  const { client, current, reportError } = useWorkspace();
  const datasetId = current?.id;
  const [loaded, setLoaded] = useState<{ id: string; record: FullRecord | undefined }>();

  useEffect(() => {
    if (!datasetId || !recordId) return;
    let live = true;
    client.getRecord(datasetId, recordId).then(
      (record) => live && setLoaded({ id: recordId, record }),
      (error: unknown) => live && reportError(error),
    );
    return () => {
      live = false;
    };
  }, [client, datasetId, recordId, reportError]);

  const isCurrent = loaded?.id === recordId;
  return { record: isCurrent ? loaded?.record : undefined, isLoading: !isCurrent, isMissing: isCurrent && !loaded?.record };
}
