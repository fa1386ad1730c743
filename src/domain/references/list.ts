/**
 * Reading a publication's cited references whichever way they are held (objects, or the compact
 * block of a WoS plain-text import): every consumer goes through these, never `p.references`.
 */
import type { CitedReference, CitedReferences, CitedWorkId } from '../model';
import { wosBlockReferences } from './parse-wos';

/** How many cited references there are. */
export const referenceCount = (references: CitedReferences): number => (Array.isArray(references) ? references.length : references.count);

/**
 * The cited references as objects: the array itself when they are held as objects, otherwise new
 * objects made from the block (with the work ids matching wrote into it); changing those does not
 * change the block.
 */
export const referencesOf = (references: CitedReferences): CitedReference[] => (Array.isArray(references) ? references : wosBlockReferences(references));

/**
 * Visits the work id of every reference in order (undefined before matching), without making
 * objects of a block's references: co-citation reads nothing else, for millions of references.
 */
export function eachWorkId(references: CitedReferences, visit: (workId: CitedWorkId | undefined) => void): void {
  if (Array.isArray(references)) for (const r of references) visit(r.workId);
  else for (let i = 0; i < references.count; i++) visit(references.workIds?.[i]);
}
