import { squash } from '../../util/text';

/** Runs of whitespace -> one space, trimmed: `squash`, under the name the CSV importers use. */
export const tidy = squash;

/**
 * Sets `record[key]` only when `value` is defined, so records carry only the fields the file
 * filled. (Deleting the undefined ones afterwards, as this code once did, turned every record into
 * one of V8's slow dictionary-mode objects.)
 */
export function setDefined<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) record[key] = value;
}
