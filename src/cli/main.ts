import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { importFile, type FileImport } from '../domain/import';
import { buildInspectReport, formatInspectReport } from './inspect';

const USAGE = `Usage: npm run --silent cli -- inspect [--json] FILE...

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

function main(argv: string[]): number {
  const [command, ...rest] = argv;
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
  const failed = imports.filter((i) => !i.ok);
  for (const f of failed) for (const issue of f.issues) if (issue.severity === 'error') process.stderr.write(`Error: ${issue.message}\n`);
  return failed.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
