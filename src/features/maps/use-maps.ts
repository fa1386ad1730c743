import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getAnalysisClient, isAborted, toWorkspaceError, useWorkspace } from '../../services';
import type { AnalysisCapabilities, AnalysisProgress, MapExportFormat, MapOptions, MapResult, ThresholdInfo, WorkspaceError } from '../../services';
import { downloadText } from '../../ui/download';
import { defaultForm, minimumOf, parseCount, toMapOptions, validateForm, withType } from './map-form';
import type { FormErrors, MapForm } from './map-form';
import { countAtLeast } from './map-helpers';

export type MapRun =
  | { state: 'idle' }
  | { state: 'running'; progress: AnalysisProgress | undefined }
  | { state: 'failed'; message: string };

export interface FinishedMap {
  datasetId: string;
  datasetName: string;
  options: MapOptions;
  result: MapResult;
  /** Which run made it (a new run gives the map a fresh view). */
  runId: number;
  /** The analysis worker generation that holds this map (exports send it again after a restart). */
  generation: number;
}

export interface ThresholdLine {
  /** Items meeting the minimum (N), of `total` (M); undefined while loading. */
  count?: number;
  total?: number;
  ignoredDocuments: number;
  isLoading: boolean;
}

/** The Maps screen's state: the form, live threshold counts, the run, the last map, crash recovery. */
export function useMaps() {
  const client = getAnalysisClient();
  const { current, revision } = useWorkspace();
  const datasetId = current?.id;
  const [form, setForm] = useState<MapForm>(() => defaultForm());
  const [caps, setCaps] = useState<AnalysisCapabilities>();
  const [info, setInfo] = useState<ThresholdInfo>();
  const [run, setRun] = useState<MapRun>({ state: 'idle' });
  const [finished, setFinished] = useState<FinishedMap>();
  const [crash, setCrash] = useState<WorkspaceError>();
  const [generation, setGeneration] = useState(0);
  const runId = useRef(0);

  useEffect(() => client.onCrash((failure) => setCrash(failure)), [client]);

  // What the dataset supports, reloaded when it changes (and after a restart).
  useEffect(() => {
    if (!datasetId) return;
    let live = true;
    client.capabilities(datasetId).then(
      (value) => live && setCaps(value),
      (error: unknown) => live && !isAborted(error) && setRun({ state: 'failed', message: toWorkspaceError(error).message }),
    );
    return () => {
      live = false;
    };
  }, [client, datasetId, revision, generation]);

  // The sorted weights behind "N of M items meet the threshold", fetched per type/unit/author limit.
  const maxAuthors = parseCount(form.maxAuthors);
  useEffect(() => {
    if (!datasetId) return;
    let live = true;
    const timer = setTimeout(() => {
      client.thresholdInfo(datasetId, { type: form.type, unit: form.unit, maxAuthorsPerDocument: maxAuthors }).then(
        (value) => live && setInfo(value),
        () => undefined,
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, datasetId, form.type, form.unit, maxAuthors, revision, generation]);

  const isInfoCurrent = Boolean(info && info.datasetId === datasetId && info.type === form.type && info.unit === form.unit && info.maxAuthorsPerDocument === maxAuthors);
  const minimum = minimumOf(form);
  const threshold = useMemo<ThresholdLine>(() => {
    if (!info || !isInfoCurrent) return { isLoading: true, ignoredDocuments: 0 };
    return { count: countAtLeast(info.sortedWeights, minimum), total: info.units, ignoredDocuments: info.ignoredDocuments, isLoading: false };
  }, [info, isInfoCurrent, minimum]);

  const errors: FormErrors = useMemo(() => validateForm(form), [form]);
  const isValid = Object.keys(errors).length === 0;

  const update = useCallback(
    (patch: Partial<MapForm>) => setForm((previous) => (patch.type && patch.type !== previous.type ? withType(previous, patch.type) : { ...previous, ...patch })),
    [],
  );

  const start = useCallback(async () => {
    if (!datasetId || !current) return;
    const options = toMapOptions(form);
    const id = ++runId.current;
    setRun({ state: 'running', progress: undefined });
    // Progress comes through its own message channel and may arrive after the result: ignore it then.
    let isSettled = false;
    try {
      const result = await client.runMap(datasetId, options, (progress) => {
        if (runId.current === id && !isSettled) setRun({ state: 'running', progress });
      });
      isSettled = true;
      if (runId.current !== id) return;
      setFinished({ runId: id, datasetId, datasetName: current.name, options, result, generation: client.generation });
      setRun({ state: 'idle' });
    } catch (error) {
      isSettled = true;
      if (runId.current !== id) return;
      setRun(isAborted(error) ? { state: 'idle' } : { state: 'failed', message: toWorkspaceError(error).message });
    }
  }, [client, current, datasetId, form]);

  const cancel = useCallback(() => {
    runId.current += 1;
    client.cancel();
    setRun({ state: 'idle' });
    setGeneration((value) => value + 1);
  }, [client]);

  const restart = useCallback(() => {
    runId.current += 1;
    client.restart();
    setCrash(undefined);
    setRun({ state: 'idle' });
    setGeneration((value) => value + 1);
  }, [client]);

  const download = useCallback(
    async (format: MapExportFormat) => {
      if (!finished) return;
      try {
        const base = `meridian-${finished.options.type}-${finished.options.unit}`;
        const file = await client.exportMap(format, base, client.generation === finished.generation ? undefined : finished.result.map);
        downloadText(file.text, file.fileName, file.mime);
      } catch (error) {
        if (!isAborted(error)) setRun({ state: 'failed', message: toWorkspaceError(error).message });
      }
    },
    [client, finished],
  );

  // A map of another dataset is not shown.
  const map = finished && finished.datasetId === datasetId ? finished : undefined;
  return { datasetId, form, update, errors, isValid, caps: caps?.datasetId === datasetId ? caps : undefined, threshold, run, start, cancel, map, crash, restart, download };
}

export type MapsState = ReturnType<typeof useMaps>;
