import { useCallback, useSyncExternalStore } from 'react';
import { screenFromHash } from './routes';
import type { ScreenId } from './routes';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current screen, kept in the URL hash so reloads and links land on the same screen. */
export function useHashRoute(): [ScreenId, (screen: ScreenId) => void] {
  const screen = useSyncExternalStore(subscribe, () => screenFromHash(window.location.hash));
  const navigate = useCallback((next: ScreenId) => {
    window.location.hash = `#/${next}`;
  }, []);
  return [screen, navigate];
}
