export { I18nProvider } from './i18n-provider';
export { useI18n, useT } from './use-t';
export type { I18n } from './i18n-context';
export { LANGS, LOCALES, createTranslator, interpolate } from './translate';
export type { Lang, Translate, MessageParams } from './translate';
export type { MessageKey } from './en';
