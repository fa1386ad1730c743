import { useContext } from 'react';
import { I18nContext } from './i18n-context';
import type { I18n } from './i18n-context';
import type { Translate } from './translate';

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('ui/i18n: useI18n() needs an <I18nProvider> above it');
  return i18n;
}

/** `t(key, params)` for the current language. */
export function useT(): Translate {
  return useI18n().t;
}
