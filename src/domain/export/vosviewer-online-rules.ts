/**
 * Test support, used by tests only: whether VOSviewer Online would open a file, restated from its
 * source (neesjanvaneck/VOSviewer-Online 1.2: src/workers/worker.js `_parseJsonData` and
 * `_parseMapNetworkFile`, src/utils/errors.js `getJsonFileError` / `getMapFileError` /
 * `getNetworkFileError`, src/utils/helpers.js `getItemWithTransformedKeysAndValues`). It returns the
 * first refusal, named by VOSviewer Online's error key, or null when the file opens.
 *
 * It shares no code with our readers and writers. Map and network files are split into cells by
 * papaparse with VOSviewer Online's own options (tab, semicolon or comma guessed), because that
 * guess decides acceptance as much as any rule does; everything after the split is written here.
 * Where papaparse versions differ (5.4+ renames duplicate headers where older ones keep them), the
 * stricter reading is taken, so "accepted" means accepted by either.
 */
import Papa from 'papaparse';

export type VosviewerFileKind = 'json' | 'map' | 'network';

export interface VosviewerRefusal {
  /** VOSviewer Online's error key (`errorKeys` in src/utils/variables.js), or `crash` where its worker would throw. */
  code: string;
  file: VosviewerFileKind;
  message: string;
  /** 1-based line, counted as VOSviewer Online does (rows, so a quoted line break does not add one). */
  line?: number;
}

type Row = Record<string, unknown>;

const DELIMITERS_TO_GUESS = ['\t', ';', ','];
const MIN_ITEMS = 3;
const MAX_CLUSTER = 1000;

// VOSviewer Online finds weight and score keys by substring, capital first letter allowed.
const isWeightKey = (key: string): boolean => /[wW]eight/.test(key);
const isScoreKey = (key: string): boolean => /[sS]core/.test(key);
const isObjectLike = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A cell or attribute value as VOSviewer Online keeps it: strings trimmed, '', 'null' and 'nan' null, numeric strings numbers. */
export function cleanValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  if (trimmed === '' || lower === 'null' || lower === 'nan') return null;
  const number = Number(trimmed);
  // Non-numeric text is kept as it was, untrimmed.
  return Number.isNaN(number) ? value : number;
}

/** Keys lower-cased except weight and score keys, values cleaned. */
function cleanRow(raw: Row): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(raw)) row[isWeightKey(key) || isScoreKey(key) ? key : key.toLowerCase()] = cleanValue(value);
  return row;
}

interface ItemTable {
  file: 'json' | 'map';
  /** Map file: the header as written. JSON: every item attribute name, after cleaning. */
  fields: string[];
  /** Cleaned rows; in JSON every row has every field (null where an item lacks it). */
  rows: Row[];
  /** Whether links (JSON) or a network file come with the items. */
  hasLinks: boolean;
}

/** The checks VOSviewer Online makes on items, in its order. */
function itemRefusal({ file, fields, rows, hasLinks }: ItemTable): VosviewerRefusal | null {
  const where = (i: number): string => (file === 'map' ? `Line ${i + 2}` : `Item ${i + 1}`);
  const refuse = (code: string, message: string, i?: number): VosviewerRefusal => ({ code, file, message, ...(file === 'map' && i !== undefined ? { line: i + 2 } : {}) });
  const kind = file === 'map' ? 'column' : 'attribute';
  const has = (name: string): boolean => fields.includes(name);

  if (rows.length < MIN_ITEMS) return refuse('less-than-three-items', `There are ${rows.length} items; at least ${MIN_ITEMS} are needed.`);
  if (!has('id') && !has('label')) return refuse(`id-label-${kind}s-missing`, `There is neither an "id" nor a "label" ${kind}.`);
  if (hasLinks && !has('id')) return refuse(`id-${kind}-missing`, `Links need an "id" ${kind}.`);
  if (!hasLinks && (!has('x') || !has('y'))) return refuse(`xy-${kind}s-missing`, `Without links, "x" and "y" ${kind}s are needed.`);
  if (has('id')) {
    const firstRow = new Map<unknown, number>();
    for (let i = 0; i < rows.length; i++) {
      const id = rows[i].id;
      if (id === undefined || id === null || id === '') return refuse('id-empty', `${where(i)} has no id.`, i);
      // Map keys compare like lodash's indexOf (SameValueZero).
      const earlier = firstRow.get(id);
      if (earlier !== undefined) return refuse('id-not-unique', `${where(i)} repeats the id ${String(id)} of ${where(earlier).toLowerCase()}.`, i);
      firstRow.set(id, i);
    }
  }
  for (let i = 0; i < rows.length; i++) {
    const { x, y } = rows[i];
    if (x !== undefined && y !== undefined && (typeof x !== 'number' || typeof y !== 'number')) return refuse('xy-not-number', `${where(i)}: x = ${String(x)}, y = ${String(y)} are not both numbers.`, i);
  }
  const weightKeys = fields.filter(isWeightKey);
  for (let i = 0; i < rows.length; i++) {
    for (const key of weightKeys) {
      const value = rows[i][key];
      if (typeof value !== 'number' || !(value >= 0)) return refuse('weight-not-nonnegative-number', `${where(i)}: ${key} = ${String(value)} is not a non-negative number.`, i);
    }
  }
  const scoreKeys = fields.filter(isScoreKey);
  for (let i = 0; i < rows.length; i++) {
    for (const key of scoreKeys) {
      const value = rows[i][key];
      if (value !== null && typeof value !== 'number') return refuse('score-not-number', `${where(i)}: ${key} = ${String(value)} is neither empty nor a number.`, i);
    }
  }
  for (let i = 0; i < rows.length; i++) {
    const { cluster } = rows[i];
    if (cluster !== undefined && cluster !== null && !(typeof cluster === 'number' && Number.isInteger(cluster) && cluster >= 1 && cluster <= MAX_CLUSTER)) {
      return refuse('cluster-not-positive-integer', `${where(i)}: cluster ${String(cluster)} is not a whole number from 1 to ${MAX_CLUSTER}.`, i);
    }
  }
  if (has('x') && has('y') && rows.every((row) => row.x === rows[0].x && row.y === rows[0].y)) return refuse('items-same-coordinates', 'All items are at the same coordinates.');
  return null;
}

/** JSON attributes of one item flattened as VOSviewer Online does: `weights.W` -> `weight<W>`, `scores.S` -> `score<S>`. */
function flattenJsonItem(item: unknown): Row {
  // Its worker reads no attribute from a number or a boolean item.
  if (!isObjectLike(item)) return {};
  const flat: Row = {};
  for (const [key, value] of Object.entries(item)) if (key !== 'weights' && key !== 'scores') flat[key] = value;
  if (isObjectLike(item.weights)) for (const [key, value] of Object.entries(item.weights)) flat[`weight<${key}>`] = value;
  if (isObjectLike(item.scores)) for (const [key, value] of Object.entries(item.scores)) flat[`score<${key}>`] = value;
  return cleanRow(flat);
}

/** Whether VOSviewer Online opens a VOSviewer JSON text: the first refusal, or null. */
export function vosviewerJsonRefusal(text: string): VosviewerRefusal | null {
  const refuse = (code: string, message: string): VosviewerRefusal => ({ code, file: 'json', message });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const network = isObjectLike(data) ? data.network : undefined;
  const rawItems = isObjectLike(network) ? network.items : undefined;
  const rawLinks = isObjectLike(network) ? network.links : undefined;
  if (!rawItems && !rawLinks) return text === '' ? refuse('file-empty', 'The file is empty.') : refuse('invalid-json-data-format', 'There is no "network" object with "items" or "links".');
  if ((rawItems && !Array.isArray(rawItems)) || (rawLinks && !Array.isArray(rawLinks))) return refuse('crash', '"items" and "links" must be lists.');
  const items: unknown[] = Array.isArray(rawItems) ? rawItems : [];
  const links: unknown[] = Array.isArray(rawLinks) ? rawLinks : [];
  if (items.some((item) => item === null) || links.some((link) => link === null)) return refuse('crash', 'An item or a link is null.');

  const cleaned = items.map(flattenJsonItem);
  const fields = [...new Set(cleaned.flatMap((row) => Object.keys(row)))];
  const rows = cleaned.map((row) => ({ ...Object.fromEntries(fields.map((field) => [field, null])), ...row }));
  // Link attributes are taken as written: neither trimmed nor lower-cased.
  const linkFields = new Set(links.flatMap((link) => (isObjectLike(link) ? Object.keys(link) : [])));
  if (rows.length === 0 && links.length === 0) return refuse('file-empty', 'There are no items and no links.');
  if (rows.length > 0) {
    const refusal = itemRefusal({ file: 'json', fields, rows, hasLinks: links.length > 0 });
    if (refusal) return refusal;
  }
  if (links.length === 0) return null;
  if (!linkFields.has('source_id')) return refuse('source-id-attribute-missing', 'No link has a "source_id".');
  if (!linkFields.has('target_id')) return refuse('target-id-attribute-missing', 'No link has a "target_id".');
  const ids = new Set(rows.map((row) => String(row.id)));
  for (let k = 0; k < links.length; k++) {
    const link = isObjectLike(links[k]) ? (links[k] as Row) : {};
    const { source_id: source, target_id: target } = link;
    if (!source || !target || (rows.length > 0 && (!ids.has(String(source)) || !ids.has(String(target))))) {
      return refuse('invalid-source-id-target-id', `Link ${k + 1} (${String(source)} - ${String(target)}) does not join two item ids.`);
    }
  }
  for (let k = 0; k < links.length; k++) {
    const strength = isObjectLike(links[k]) ? (links[k] as Row).strength : undefined;
    // JavaScript's `<` converts like Number(): null is 0, text NaN.
    if (Number(strength) < 0) return refuse('strength-not-nonnegative-number', `Link ${k + 1} has the negative strength ${String(strength)}.`);
  }
  return null;
}

/**
 * Whether VOSviewer Online opens a VOSviewer map file, alone or with a network file: the first
 * refusal, or null.
 */
export function vosviewerMapNetworkRefusal(mapText: string, networkText?: string): VosviewerRefusal | null {
  const refuseMap = (code: string, message: string, line?: number): VosviewerRefusal => ({ code, file: 'map', message, ...(line === undefined ? {} : { line }) });
  const parsed = Papa.parse<Record<string, string>>(mapText, { header: true, delimitersToGuess: DELIMITERS_TO_GUESS });
  let data = parsed.data;
  let errors = parsed.errors;
  // VOSviewer Online drops a last row with too few cells: the empty line after a final line break.
  const lastShort = errors.findIndex((error) => error.row === data.length - 1 && error.code === 'TooFewFields');
  if (lastShort !== -1) {
    errors = errors.filter((_, k) => k !== lastShort);
    data = data.slice(0, -1);
  }
  const fields = parsed.meta.fields ?? [];
  if (fields.length === 0 && data.length === 0) return refuseMap('file-empty', 'The map file is empty.');
  const quotes = errors.find((error) => error.type === 'Quotes');
  if (quotes) return refuseMap('incorrect-use-of-quotes', `Quotes are used incorrectly (${quotes.message}).`, (quotes.row ?? 0) + 1);
  if (fields[0] === '') return refuseMap('header-missing', 'The first header cell is empty.', 1);
  const repeated = fields.filter((field, k) => fields.indexOf(field) !== k);
  if (repeated.length > 0 || parsed.meta.renamedHeaders) return refuseMap('multiple-columns', `Columns appear more than once: ${[...repeated, ...Object.values(parsed.meta.renamedHeaders ?? {})].join(', ')}.`, 1);
  const mismatch = errors.find((error) => error.type === 'FieldMismatch');
  if (mismatch) return refuseMap('incorrect-n-columns', `A row has ${mismatch.code === 'TooFewFields' ? 'fewer' : 'more'} cells than the header (delimiter guessed: ${JSON.stringify(parsed.meta.delimiter)}).`, (mismatch.row ?? 0) + 2);
  const rows = data.map(cleanRow);
  const itemProblem = itemRefusal({ file: 'map', fields, rows, hasLinks: networkText !== undefined });
  if (itemProblem || networkText === undefined) return itemProblem;

  const refuseNetwork = (code: string, message: string, line?: number): VosviewerRefusal => ({ code, file: 'network', message, ...(line === undefined ? {} : { line }) });
  const network = Papa.parse<unknown[]>(networkText, { header: false, delimitersToGuess: DELIMITERS_TO_GUESS, dynamicTyping: true });
  const links = network.data;
  const last = links[links.length - 1];
  if (last && last.length === 1 && (last[0] === '' || last[0] === null)) links.pop();
  if (links.length === 0) return refuseNetwork('file-empty', 'The network file is empty.');
  const networkQuotes = network.errors.find((error) => error.type === 'Quotes');
  if (networkQuotes) return refuseNetwork('incorrect-use-of-quotes', `Quotes are used incorrectly (${networkQuotes.message}).`, (networkQuotes.row ?? 0) + 1);
  const columns = links[0].length;
  if (columns < 2) return refuseNetwork('less-than-two-columns-network-file', `The first line has ${columns} cell; two item ids are needed.`, 1);
  if (columns > 3) return refuseNetwork('more-than-three-columns-network-file', `The first line has ${columns} cells; at most 3 are allowed.`, 1);
  const ids = new Set(rows.map((row) => String(row.id)));
  for (let k = 0; k < links.length; k++) {
    if (links[k].length !== columns) return refuseNetwork('incorrect-n-columns', `Line ${k + 1} has ${links[k].length} cells where the first has ${columns}.`, k + 1);
  }
  for (let k = 0; k < links.length; k++) {
    const [source, target] = links[k];
    if (!source || !target || !ids.has(String(source)) || !ids.has(String(target))) return refuseNetwork('invalid-id-network-file', `Line ${k + 1} names an item (${String(source)} or ${String(target)}) that the map file lacks.`, k + 1);
  }
  for (let k = 0; k < links.length; k++) {
    if (Number(links[k][2]) < 0) return refuseNetwork('strength-not-nonnegative-number', `Line ${k + 1} has the negative strength ${String(links[k][2])}.`, k + 1);
  }
  return null;
}
