import { en } from './en';
import type { MessageKey, Messages } from './en';
import { zh } from './zh';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const DICTIONARIES: Record<Lang, Messages> = { en, zh };

/** BCP 47 locale used for numbers and dates in each language. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

export const LANG_STORAGE_KEY = 'meridian.lang';

export type MessageParams = Record<string, string | number | undefined>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{name}` placeholders of a message, for parity checks. */
export const placeholdersOf = (message: string): string[] => [...message.matchAll(PLACEHOLDER)].map((match) => match[1]).sort();

/**
 * Fills `{name}` placeholders. Numbers are formatted for the language (thousands separators), so
 * pass years and line-like codes as strings when grouping would be wrong. Unknown names stay visible.
 */
export function interpolate(message: string, params: MessageParams | undefined, lang: Lang): string {
  if (!params) return message;
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  return message.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

export function createTranslator(lang: Lang): Translate {
  const messages = DICTIONARIES[lang];
  return (key, params) => interpolate(messages[key] ?? en[key] ?? key, params, lang);
}

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** The stored choice, else the browser's language (Chinese for any zh-*), else English. */
export function initialLang(stored: string | null, browserLanguages: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  return browserLanguages.some((language) => language.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}
