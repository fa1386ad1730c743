import type { Importer } from '../types';
import { parseWosPlaintext, parseWosPlaintextPieces } from './parse';

const TAG_LINE = /^[A-Z][A-Z0-9]( |$)/;

/**
 * Recognises a WoS plain-text export from its first lines: `FN` naming Web of Science / Web of
 * Knowledge (or followed by `VR`), or a file that starts straight with `PT ` and more tag lines.
 */
export function detectWosPlaintext(head: string): boolean {
  const [first = '', second = ''] = head.split(/\r\n|\n|\r/, 2);
  if (first.startsWith('FN ')) return /web of (science|knowledge)/i.test(first) || /^(VR|PT) /.test(second);
  return first.startsWith('PT ') && TAG_LINE.test(second);
}

/** Web of Science plain text ("Full Record and Cited References"), any era (ISI, Thomson Reuters, Clarivate). */
export const wosPlaintextImporter: Importer = {
  format: 'wos-plaintext',
  priority: 10,
  detect: detectWosPlaintext,
  parse: (text, file, options) => parseWosPlaintext(text, file, options),
  parsePieces: (pieces, file, options) => parseWosPlaintextPieces(pieces, file, options),
};

export { parseWosPlaintext };
