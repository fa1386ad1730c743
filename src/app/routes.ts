import type { MessageKey } from '../ui/i18n';

export const SCREEN_IDS = ['import', 'maps', 'benchmarking', 'patents', 'reports'] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export interface ScreenInfo {
  id: ScreenId;
  label: MessageKey;
  /** Not built yet: the navigation says so. */
  isLater: boolean;
}

export const SCREENS: readonly ScreenInfo[] = [
  { id: 'import', label: 'nav.import', isLater: false },
  { id: 'maps', label: 'nav.maps', isLater: false },
  { id: 'benchmarking', label: 'nav.benchmarking', isLater: true },
  { id: 'patents', label: 'nav.patents', isLater: true },
  { id: 'reports', label: 'nav.reports', isLater: true },
];

export const DEFAULT_SCREEN: ScreenId = 'import';

/** "#/maps" -> "maps"; anything unknown -> the import screen. */
export function screenFromHash(hash: string): ScreenId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (SCREEN_IDS as readonly string[]).includes(id) ? (id as ScreenId) : DEFAULT_SCREEN;
}
