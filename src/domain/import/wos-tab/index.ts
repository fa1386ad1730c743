import type { Importer } from '../types';
import { isWosTabHeader, parseWosTab, wosTabHeader } from './parse';

/** Recognises a WoS tab-delimited export from its header row of two-letter tags (`PT`, `AU` ... `UT`). */
export function detectWosTab(head: string): boolean {
  const nl = head.search(/[\r\n]/);
  return isWosTabHeader(wosTabHeader(nl < 0 ? head : head.slice(0, nl)));
}

/** Web of Science tab-delimited export (UTF-8 or, in older "Win" exports, UTF-16), current and older layouts. */
export const wosTabImporter: Importer = {
  format: 'wos-tab',
  priority: 10,
  detect: detectWosTab,
  parse: (text, file, options) => parseWosTab(text, file, options),
};

export { parseWosTab };
