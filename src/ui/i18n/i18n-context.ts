import { createContext } from 'react';
import type { Lang, Translate } from './translate';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** Locale-aware formatting for numbers shown outside messages. */
  formatNumber: (value: number) => string;
  /** A share 0..1 as a percentage, e.g. 0.873 -> "87%". */
  formatPercent: (share: number) => string;
  formatDateTime: (iso: string) => string;
}

export const I18nContext = createContext<I18n | null>(null);
