import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getAnalysisClient, isAborted, toWorkspaceError, useWorkspace } from '../../services';
import type { AnalysisCapabilities, AnalysisClient, AnalysisProgress, MapExportFormat, MapOptions, MapResult, ThesaurusCheck, ThresholdInfo, ThresholdRequest, WorkspaceError } from '../../services';
import { downloadText } from '../../ui/download';
import { appliedThesaurus, defaultForm, minimumOf, parseCount, toMapOptions, validateForm, withType } from './map-form';
import type { FormErrors, MapForm } from './map-form';
import { countAtLeast } from './map-helpers';
import { readThesaurusFile, refusedThesaurus } from './thesaurus-file';

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
  /** `updatedAt` of the dataset the map was made from. */
  datasetUpdatedAt?: string;
  /** Set when the map was reopened from the saved maps. */
  savedName?: string;
  /** True once the user renamed a cluster. */
  labelsEdited?: boolean;
}

type MapSource = NonNullable<Parameters<AnalysisClient['documentsBehind']>[2]>;
export type SavedMapSummary = Awaited<ReturnType<AnalysisClient['listSavedMaps']>>[number];

// Which dataset and options made a shown map, found from its result: the panels that list the
// documents behind it receive only the result, and a fresh worker rebuilds the network from this.
const SOURCES = new WeakMap<MapResult, MapSource>();

/** The dataset and options behind a map result shown on this screen (undefined: the worker's last map). */
export const mapSourceOf = (result: MapResult): MapSource | undefined => SOURCES.get(result);

/** The form that gives `options` (a saved map reopened shows the settings, and the thesaurus checked as `thesaurusCheck`, that made it). */
export function formFromOptions(options: MapOptions, thesaurusCheck?: ThesaurusCheck): MapForm {
  const text = (value: number | undefined): string => (value === undefined ? '' : String(value));
  return {
    ...(options.thesaurus && thesaurusCheck ? { thesaurus: { file: options.thesaurus, check: thesaurusCheck } } : {}),
    type: options.type,
    unit: options.unit,
    counting: options.counting,
    minOccurrences: String(options.minOccurrences),
    topN: text(options.topN),
    maxAuthors: text(options.maxAuthorsPerDocument),
    normalization: options.normalization,
    quality: options.quality,
    resolution: String(options.resolution),
    minClusterSize: String(options.minClusterSize),
    randomStarts: String(options.randomStarts),
    seed: String(options.seed),
  };
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
  // With the request that made it: the thesaurus text is not echoed back by the worker.
  const [info, setInfo] = useState<{ request: ThresholdRequest; value: ThresholdInfo }>();
  const [isThesaurusReading, setThesaurusReading] = useState(false);
  const thesaurusPick = useRef(0);
  const [run, setRun] = useState<MapRun>({ state: 'idle' });
  const [finished, setFinished] = useState<FinishedMap>();
  const [crash, setCrash] = useState<WorkspaceError>();
  const [generation, setGeneration] = useState(0);
  const runId = useRef(0);
  const [saved, setSaved] = useState<{ datasetId: string; maps: SavedMapSummary[] }>();
  const [savedRevision, setSavedRevision] = useState(0);

  const show = useCallback((next: FinishedMap) => {
    SOURCES.set(next.result, { datasetId: next.datasetId, options: next.options, datasetUpdatedAt: next.datasetUpdatedAt, itemCount: next.result.map.items.length });
    // A transition: React renders the results screen (map, panels, tables) in slices that yield to
    // the browser, instead of one long task.
    startTransition(() => setFinished(next));
  }, []);

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

  // The sorted weights behind "N of M items meet the threshold", fetched per type/unit/author limit/thesaurus.
  const maxAuthors = parseCount(form.maxAuthors);
  const thesaurus = appliedThesaurus(form);
  const request = useMemo<ThresholdRequest>(
    () => ({ type: form.type, unit: form.unit, maxAuthorsPerDocument: maxAuthors, ...(thesaurus ? { thesaurus } : {}) }),
    [form.type, form.unit, maxAuthors, thesaurus],
  );
  useEffect(() => {
    if (!datasetId) return;
    let live = true;
    const timer = setTimeout(() => {
      client.thresholdInfo(datasetId, request).then(
        (value) => live && setInfo({ request, value }),
        () => undefined,
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, datasetId, request, revision, generation]);

  const shownInfo = info && info.request === request && info.value.datasetId === datasetId ? info.value : undefined;
  const minimum = minimumOf(form);
  const threshold = useMemo<ThresholdLine>(() => {
    if (!shownInfo) return { isLoading: true, ignoredDocuments: 0 };
    return { count: countAtLeast(shownInfo.sortedWeights, minimum), total: shownInfo.units, ignoredDocuments: shownInfo.ignoredDocuments, isLoading: false };
  }, [shownInfo, minimum]);

  const errors: FormErrors = useMemo(() => validateForm(form), [form]);
  const isValid = Object.keys(errors).length === 0;

  const update = useCallback(
    (patch: Partial<MapForm>) => setForm((previous) => (patch.type && patch.type !== previous.type ? withType(previous, patch.type) : { ...previous, ...patch })),
    [],
  );

  /** Reads a picked thesaurus file and has the worker check it; a file that is no thesaurus is kept only to say why. */
  const pickThesaurus = useCallback(
    async (file: File) => {
      const pick = ++thesaurusPick.current;
      setThesaurusReading(true);
      const read = await readThesaurusFile(file);
      let next: MapForm['thesaurus'];
      if ('refused' in read) {
        next = { file: { fileName: file.name, text: '' }, check: read.refused };
      } else {
        try {
          next = { file: read.file, check: await client.checkThesaurus(read.file) };
        } catch (error) {
          if (pick !== thesaurusPick.current) return;
          if (isAborted(error)) {
            setThesaurusReading(false);
            return;
          }
          next = { file: { fileName: file.name, text: '' }, check: refusedThesaurus(file.name, 'unreadable') };
        }
      }
      if (pick !== thesaurusPick.current) return;
      setThesaurusReading(false);
      setForm((previous) => ({ ...previous, thesaurus: next }));
    },
    [client],
  );

  const removeThesaurus = useCallback(() => {
    thesaurusPick.current += 1;
    setThesaurusReading(false);
    setForm((previous) => ({ ...previous, thesaurus: undefined }));
  }, []);

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
      show({ runId: id, datasetId, datasetName: current.name, options, result, generation: client.generation, datasetUpdatedAt: current.updatedAt });
      // With the map's transition, so the progress stays up until the map is on screen.
      startTransition(() => setRun({ state: 'idle' }));
    } catch (error) {
      isSettled = true;
      if (runId.current !== id) return;
      setRun(isAborted(error) ? { state: 'idle' } : { state: 'failed', message: toWorkspaceError(error).message });
    }
  }, [client, current, datasetId, form, show]);

  // The saved maps of the dataset, reloaded after a save or delete (and after a restart).
  useEffect(() => {
    if (!datasetId) return;
    let live = true;
    client.listSavedMaps(datasetId).then(
      (maps) => live && setSaved({ datasetId, maps }),
      (error: unknown) => live && !isAborted(error) && setRun({ state: 'failed', message: toWorkspaceError(error).message }),
    );
    return () => {
      live = false;
    };
  }, [client, datasetId, savedRevision, generation]);

  const saveMap = useCallback(
    async (name: string): Promise<boolean> => {
      if (!finished) return false;
      try {
        // The map is sent along, so what is saved is what is shown even if the worker restarted since.
        await client.saveMap(name, { datasetId: finished.datasetId, options: finished.options, result: finished.result, datasetUpdatedAt: finished.datasetUpdatedAt });
        setSavedRevision((value) => value + 1);
        return true;
      } catch (error) {
        if (!isAborted(error)) setRun({ state: 'failed', message: toWorkspaceError(error).message });
        return false;
      }
    },
    [client, finished],
  );

  const openSaved = useCallback(
    async (id: string) => {
      if (!current) return;
      const runNumber = ++runId.current;
      try {
        const map = await client.openSavedMap(id);
        // The form shows the thesaurus the map was made with, checked again for its summary.
        const thesaurusCheck = map.options.thesaurus ? await client.checkThesaurus(map.options.thesaurus) : undefined;
        if (runId.current !== runNumber) return;
        thesaurusPick.current += 1;
        setThesaurusReading(false);
        setForm(formFromOptions(map.options, thesaurusCheck));
        show({ runId: runNumber, datasetId: map.datasetId, datasetName: current.name, options: map.options, result: map.result, generation: client.generation, datasetUpdatedAt: map.datasetUpdatedAt, savedName: map.name });
        setRun({ state: 'idle' });
      } catch (error) {
        if (!isAborted(error)) setRun({ state: 'failed', message: toWorkspaceError(error).message });
      }
    },
    [client, current, show],
  );

  const deleteSaved = useCallback(
    async (id: string) => {
      try {
        await client.deleteSavedMap(id);
        setSavedRevision((value) => value + 1);
      } catch (error) {
        if (!isAborted(error)) setRun({ state: 'failed', message: toWorkspaceError(error).message });
      }
    },
    [client],
  );

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

  /** Renames a cluster (labels are the user's to edit): the map, legend and exports follow. */
  const renameCluster = useCallback(
    (cluster: number, label: string) => {
      if (!finished) return;
      const result = {
        ...finished.result,
        clusters: finished.result.clusters.map((c) => (c.id === cluster ? { ...c, label } : c)),
        map: { ...finished.result.map, clusters: finished.result.map.clusters.map((c) => (c.id === cluster ? { ...c, label } : c)) },
      };
      show({ ...finished, result, labelsEdited: true });
    },
    [finished, show],
  );

  const download = useCallback(
    async (format: MapExportFormat) => {
      if (!finished) return;
      try {
        const base = `meridian-${finished.options.type}-${finished.options.unit}`;
        // The worker's copy lacks the user's labels, or is gone after a restart: send the map then.
        const file = await client.exportMap(format, base, client.generation === finished.generation && !finished.labelsEdited ? undefined : finished.result.map);
        downloadText(file.text, file.fileName, file.mime);
      } catch (error) {
        if (!isAborted(error)) setRun({ state: 'failed', message: toWorkspaceError(error).message });
      }
    },
    [client, finished],
  );

  // A map of another dataset is not shown.
  const map = finished && finished.datasetId === datasetId ? finished : undefined;
  const savedMaps = saved && saved.datasetId === datasetId ? saved.maps : undefined;
  return {
    datasetId, form, update, errors, isValid, caps: caps?.datasetId === datasetId ? caps : undefined, threshold, run, start, cancel, map, crash, restart, download, renameCluster,
    datasetUpdatedAt: current?.updatedAt, savedMaps, saveMap, openSaved, deleteSaved,
    pickThesaurus, removeThesaurus, isThesaurusReading,
  };
}

export type MapsState = ReturnType<typeof useMaps>;
