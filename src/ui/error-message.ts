import type { Translate } from './i18n';

/** Structural view of a workspace error, so ui/ does not depend on services/. */
export interface KindedError {
  kind: string;
  message: string;
}

/** The sentence a librarian sees for a failed workspace call, in the current language. */
export function describeError(error: KindedError, t: Translate): string {
  switch (error.kind) {
    case 'storage-full': return t('error.storageFull');
    case 'storage': return t('error.storage', { detail: error.message });
    case 'not-found': return t('error.notFound');
    case 'invalid': return t('error.invalid', { detail: error.message });
    default: return t('error.generic', { detail: error.message });
  }
}
