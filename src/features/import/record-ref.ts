import { FORMAT_IDS } from '../../domain/model';
import type { FormatId } from '../../domain/model';

export interface RecordRef {
  format?: FormatId;
  file: string;
  line?: number;
}

/**
 * Reads back where a record came from out of its id, which importers mint as
 * `format:file:line` (domain/model/factory.ts). File names may contain colons themselves.
 */
export function parseRecordId(id: string): RecordRef {
  const first = id.indexOf(':');
  const last = id.lastIndexOf(':');
  const format = id.slice(0, first);
  const line = Number(id.slice(last + 1));
  if (first < 0 || last <= first || !(FORMAT_IDS as readonly string[]).includes(format) || !Number.isInteger(line)) return { file: id };
  return { format: format as FormatId, file: id.slice(first + 1, last), line };
}
