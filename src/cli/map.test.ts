import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVosviewerMap, readVosviewerNetwork } from '../domain/export';
import { hasSampleData, SAMPLE_DIR } from '../domain/import/test-support';
import { parseMapArgs, unitFor } from './map';

const root = resolve(import.meta.dirname, '../..');
const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/main.ts'), ...args], { encoding: 'utf8' });

describe('map arguments', () => {
  it('maps CLI unit names onto network units per type', () => {
    expect(unitFor('co-citation', 'references')).toBe('cited-references');
    expect(unitFor('co-citation', 'sources')).toBe('cited-sources');
    expect(unitFor('coupling', 'documents')).toBe('documents');
    expect(unitFor('co-authorship', 'documents')).toBeUndefined();
    expect(unitFor('co-occurrence', 'keywords')).toBe('keywords');
  });

  it('explains every mistake', () => {
    const bad = (args: string[]) => {
      const parsed = parseMapArgs(args);
      return parsed.ok ? '' : parsed.message;
    };
    expect(bad(['--type', 'cocitation', '--unit', 'references', 'f'])).toContain('--type must be one of');
    expect(bad(['--type', 'co-authorship', '--unit', 'terms', 'f'])).toContain('cannot be used with --type co-authorship');
    expect(unitFor('co-occurrence', 'terms')).toBe('terms');
    expect(bad(['--type', 'co-citation', '--unit', 'references', '--min', 'x', 'f'])).toContain('--min must be');
    expect(bad(['--type', 'co-citation', '--unit', 'references'])).toContain('No files');
    expect(bad(['--type', 'co-citation', '--unit', 'references', '--colour', 'red', 'f'])).toContain('Unknown option');
  });

  it('applies defaults and options', () => {
    const parsed = parseMapArgs(['--json', '--type', 'co-occurrence', '--unit', 'author-keywords', '--min', '3', '--counting', 'fractional', '--normalization', 'cosine', '--quality', 'modularity', '--resolution', '0.5', '--seed', '7', 'a.txt']);
    expect(parsed).toMatchObject({ ok: true, json: true, files: ['a.txt'], options: { unit: 'author-keywords', minOccurrences: 3, counting: 'fractional', normalization: 'cosine', quality: 'modularity', resolution: 0.5, seed: 7 } });
  });
});

describe.skipIf(!hasSampleData)('cli map on a real export', () => {
  const wos = join(SAMPLE_DIR, 'wos-plaintext-sisonke-systematic-review-500rec.txt');

  it('prints nodes, links, clusters, quality and timings as JSON, the same for the same seed', () => {
    const args = ['map', '--json', '--type', 'co-citation', '--unit', 'references', '--min', '10', '--seed', '3', wos];
    const first = cli(args);
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(Object.keys(report).sort()).toEqual(['clusters', 'links', 'nodes', 'quality', 'timings']);
    expect(report.nodes.length).toBeGreaterThan(20);
    expect(Object.keys(report.nodes[0]).sort()).toEqual(['cluster', 'id', 'label', 'weight', 'x', 'y']);
    expect(report.nodes.every((n: { weight: number }) => n.weight >= 10)).toBe(true);
    // Raw co-citation counts are whole numbers under full counting.
    expect(report.links.every((l: { strength: number }) => Number.isInteger(l.strength) && l.strength >= 1)).toBe(true);
    expect(report.clusters.reduce((s: number, c: { size: number }) => s + c.size, 0)).toBe(report.nodes.length);
    expect(report.quality.modularity).toBeGreaterThan(-0.5);
    const again = JSON.parse(cli(args).stdout);
    expect(again.nodes).toEqual(report.nodes);
  });

  it('writes VOSviewer map and network files that read back to the same map', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meridian-vos-'));
    const json = JSON.parse(cli(['map', '--json', '--type', 'co-occurrence', '--unit', 'author-keywords', '--min', '4', wos]).stdout);
    const run = cli(['map', '--type', 'co-occurrence', '--unit', 'author-keywords', '--min', '4', '--vosviewer', dir, wos]);
    expect(run.status).toBe(0);
    const map = readVosviewerMap(readFileSync(join(dir, 'map.txt'), 'utf8'));
    const network = readVosviewerNetwork(readFileSync(join(dir, 'network.txt'), 'utf8'), { idIndex: map.idIndex });
    expect(map.issues).toEqual([]);
    expect(map.map.items.map((i) => i.label)).toEqual(json.nodes.map((n: { label: string }) => n.label));
    expect(map.map.items.map((i) => i.cluster)).toEqual(json.nodes.map((n: { cluster: number }) => n.cluster));
    expect(network.map.links.length).toBe(json.links.length);
  });

  it('applies a VOSviewer thesaurus to keywords (merge and drop)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meridian-thesaurus-'));
    const plain = JSON.parse(cli(['map', '--json', '--type', 'co-occurrence', '--unit', 'author-keywords', '--min', '4', wos]).stdout);
    const labels = plain.nodes.map((n: { label: string }) => n.label.toLowerCase());
    expect(labels).toContain('deep learning');
    expect(labels).toContain('machine learning');
    const file = join(dir, 'thesaurus.txt');
    writeFileSync(file, 'label\treplace by\nmachine learning\tdeep learning\nconvolutional neural network\t\n');
    const merged = JSON.parse(cli(['map', '--json', '--type', 'co-occurrence', '--unit', 'author-keywords', '--min', '4', '--thesaurus', file, wos]).stdout);
    const mergedLabels = merged.nodes.map((n: { label: string }) => n.label.toLowerCase());
    expect(mergedLabels).not.toContain('machine learning');
    expect(mergedLabels).not.toContain('convolutional neural network');
    const weight = (report: { nodes: { label: string; weight: number }[] }, label: string) => report.nodes.find((n) => n.label.toLowerCase() === label)?.weight ?? 0;
    // Merged occurrences count documents once: at least the larger, at most the sum.
    expect(weight(merged, 'deep learning')).toBeGreaterThanOrEqual(Math.max(weight(plain, 'deep learning'), weight(plain, 'machine learning')));
    expect(weight(merged, 'deep learning')).toBeLessThanOrEqual(weight(plain, 'deep learning') + weight(plain, 'machine learning'));
  });

  it('fails clearly on a bad type', () => {
    const run = cli(['map', '--type', 'bogus', '--unit', 'references', wos]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--type must be one of');
  });
});
