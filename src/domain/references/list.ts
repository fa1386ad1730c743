/**
 * Reading a publication's cited references whichever way they are held (objects, or the compact
 * block of a WoS plain-text import): every consumer goes through these, never `p.references`.
 */
import type { CitedReference, CitedReferences } from '../model';
import { wosBlockReferences } from './parse-wos';

/** How many cited references there are. */
export const referenceCount = (references: CitedReferences): number => (Array.isArray(references) ? references.length : references.count);

/**
 * The cited references as objects: the array itself when they are held as objects, otherwise new
 * objects made from the block (with the work ids matching wrote into it); changing those does not
 * change the block.
 */
export const referencesOf = (references: CitedReferences): CitedReference[] => (Array.isArray(references) ? references : wosBlockReferences(references));
