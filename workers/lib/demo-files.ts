import type { ImportFileInput } from './workspace-types';

/**
 * The committed demo exports (sample-data/demo-*), bundled as asset URLs. A build without them
 * simply has no demo: the glob is empty rather than a missing-import error.
 */
const DEMO_URLS = import.meta.glob('../../sample-data/demo-*.{txt,csv}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** Demo file names in a fixed order (publications first, then patents). */
export function demoFileUrls(): { name: string; url: string }[] {
  return Object.entries(DEMO_URLS)
    .map(([path, url]) => ({ name: path.slice(path.lastIndexOf('/') + 1), url }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Fetches the demo files' bytes (inside the worker; nothing crosses the main thread). */
export async function fetchDemoFiles(): Promise<ImportFileInput[]> {
  return Promise.all(
    demoFileUrls().map(async ({ name, url }) => {
      const response = await fetch(new URL(url, self.location.href));
      if (!response.ok) throw new Error(`workers/demo: could not fetch ${name} (HTTP ${response.status})`);
      return { name, bytes: await response.arrayBuffer() };
    }),
  );
}
