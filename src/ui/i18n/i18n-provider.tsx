import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { I18nContext } from './i18n-context';
import type { I18n } from './i18n-context';
import { LANG_STORAGE_KEY, LOCALES, createTranslator, initialLang } from './translate';
import type { Lang } from './translate';

function readStoredLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Provides the language, `t()` and formatters; the choice is remembered in localStorage. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang(readStoredLang(), navigator.languages ?? [navigator.language]));

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Storage can be blocked (private mode): the choice then lasts for this visit only.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = LOCALES[lang];
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const locale = LOCALES[lang];
    const numbers = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      lang,
      setLang,
      t: createTranslator(lang),
      formatNumber: (value) => numbers.format(value),
      formatPercent: (share) => percent.format(share),
      formatDateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
      },
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
