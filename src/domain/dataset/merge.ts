import type { Patent, Publication } from '../model';
import type { MergeEntry } from './types';

/** PLACEHOLDER: duplicates are not merged yet. */
export function mergeDuplicates(publications: Publication[], patents: Patent[]): { publications: Publication[]; patents: Patent[]; merges: MergeEntry[] } {
  return { publications, patents, merges: [] };
}
