import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { importFile, type FileImport } from '../domain/import';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addImports, createDataset } from '../domain/dataset';
import { writeVosviewerMap, writeVosviewerNetwork } from '../domain/export';
import { runMap } from '../domain/maps/run-map';
import { parseThesaurus, type Thesaurus } from '../domain/text/thesaurus';
import { matchReferences } from '../domain/references';
import { buildInspectReport, formatInspectReport } from './inspect';
import { formatMapReport, MAP_USAGE, mapReport, parseMapArgs } from './map';

const USAGE = `Usage: npm run --silent cli -- inspect [--json] FILE...
       npm run --silent cli -- map [--json] --type ... --unit ... FILE...   (see "cli -- map" for options)

  inspect   read export files (WoS, Scopus, Lens, Dimensions, PubMed, OpenAlex, Google Patents),
            merge them into one dataset and report formats, record counts, issues,
            top cited references and top author keywords.
  --json    print only JSON on stdout.`;

function readExport(path: string): FileImport {
  const name = basename(path);
  try {
    if (statSync(path).isDirectory()) {
      return { ok: false, file: name, bytes: 0, issues: [{ code: 'not-a-file', severity: 'error', file: name, message: `"${path}" is a folder; give the export files inside it.` }] };
    }
    return importFile(new Uint8Array(readFileSync(path)), name);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    return { ok: false, file: name, bytes: 0, issues: [{ code: 'unreadable-file', severity: 'error', file: name, message: `"${path}" ${reason}.` }] };
  }
}

/** Reports unreadable files on stderr; true when every file was read. */
function reportFailures(imports: FileImport[]): boolean {
  const failed = imports.filter((i) => !i.ok);
  for (const f of failed) for (const issue of f.issues) if (issue.severity === 'error') process.stderr.write(`Error: ${issue.message}\n`);
  return failed.length === 0;
}

function mapCommand(args: string[]): number {
  const parsed = parseMapArgs(args);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n${MAP_USAGE}\n`);
    return 2;
  }
  let thesaurus: Thesaurus | undefined;
  if (parsed.thesaurusFile) {
    try {
      thesaurus = parseThesaurus(readFileSync(parsed.thesaurusFile, 'utf8'), basename(parsed.thesaurusFile));
    } catch (error) {
      process.stderr.write(`The thesaurus "${parsed.thesaurusFile}" cannot be read (${(error as Error).message}).\n`);
      return 1;
    }
    for (const issue of thesaurus.issues) process.stderr.write(`Thesaurus ${issue.severity}${issue.line ? ` (line ${issue.line})` : ''}: ${issue.message}\n`);
  }
  const imports = parsed.files.map(readExport);
  const allRead = reportFailures(imports);
  const dataset = addImports(createDataset('cli', 'cli'), imports);
  const works = matchReferences(dataset.publications).works;
  const result = runMap({ publications: dataset.publications, workLabels: new Map(works.map((w) => [w.id as string, w.label])), thesaurus }, parsed.options);
  if (parsed.vosviewerDir) {
    mkdirSync(parsed.vosviewerDir, { recursive: true });
    writeFileSync(join(parsed.vosviewerDir, 'map.txt'), writeVosviewerMap(result.map));
    writeFileSync(join(parsed.vosviewerDir, 'network.txt'), writeVosviewerNetwork(result.map));
    process.stderr.write(`Wrote ${join(parsed.vosviewerDir, 'map.txt')} and network.txt (${result.map.items.length} items).\n`);
  } else {
    process.stdout.write(parsed.json ? `${JSON.stringify(mapReport(result))}\n` : `${formatMapReport(result)}\n`);
  }
  return allRead ? 0 : 1;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'map') return mapCommand(rest);
  if (command !== 'inspect') {
    process.stderr.write(`${command ? `Unknown command "${command}".\n` : ''}${USAGE}\n`);
    return 2;
  }
  const json = rest.includes('--json');
  const paths = rest.filter((a) => a !== '--json');
  if (paths.length === 0) {
    process.stderr.write(`No files given.\n${USAGE}\n`);
    return 2;
  }
  const imports = paths.map(readExport);
  const report = buildInspectReport(imports);
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatInspectReport(report)}\n`);
  return reportFailures(imports) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
