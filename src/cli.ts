// seed-annotate: the engine on files, folders or JSONL, for batch work. Never writes input files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { analyze } from './engine';
import { decodeSeedBytes, DEFAULT_MAX_BYTES } from './engine/decode';
import { toPrediction } from './engine/prediction';
import { summariesToCollectionJson } from './core/collectionJson';
import { summarize, type FileSummary } from './core/summary';
import { CliReviews, machineOnly, reviewedOutput } from './cliReview';
import { CliExport, EXPORT_FORMATS, isExportFormat, type ExportFormat } from './cliExport';

const USAGE = `usage: seed-annotate [--pretty] [--max-bytes N] FILE|DIR...
       seed-annotate --collection [--pretty] FILE|DIR...
       seed-annotate --export w3c|claimreview FILE|DIR... > annotations.jsonld
       seed-annotate --jsonl < input.jsonl > predictions.jsonl

  FILE|DIR     seed files (or folders searched for *.txt); prints one JSON analysis per file
  --jsonl      read {"id","text"} lines on stdin, write one prediction line per input
  --collection the files as one collection: one JSON of its people, places, organizations,
               speakers and claim sources, each person linked across articles
  --pretty     indent the JSON output
  --no-review  the machine's analysis alone (by default the reader's review in the nearest
               .seed-annotations/ folder above each file is applied)
  --export F   one JSON-LD document of all the files instead: w3c (Web Annotations, the
               machine's and the readers') or claimreview (schema.org, claims with a verdict)
  --max-bytes  skip files larger than this (default ${DEFAULT_MAX_BYTES})
  --help       show this help`;

interface CliOptions {
  pretty: boolean;
  jsonl: boolean;
  collection: boolean;
  review: boolean;
  export?: ExportFormat;
  maxBytes: number;
  paths: string[];
}

function parseArgs(argv: string[]): CliOptions | string {
  const options: CliOptions = { pretty: false, jsonl: false, collection: false, review: true, maxBytes: DEFAULT_MAX_BYTES, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--pretty') options.pretty = true;
    else if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--collection') options.collection = true;
    else if (arg === '--no-review') options.review = false;
    else if (arg === '--export') {
      const format = argv[++i];
      if (!isExportFormat(format)) return `--export takes one of ${EXPORT_FORMATS.join(', ')}`;
      options.export = format;
    }
    else if (arg === '--max-bytes') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0) return '--max-bytes takes a positive whole number';
      options.maxBytes = n;
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.paths.push(arg);
  }
  if (!options.jsonl && !options.paths.length) return 'no input: name files or folders, or use --jsonl';
  if (options.jsonl && options.collection) return '--collection reads files or folders, not --jsonl';
  if (options.jsonl && options.export) return '--export reads files or folders, not --jsonl';
  if (options.collection && options.export) return '--collection and --export each print one document: choose one';
  return options;
}

/**
 * Files named on the command line, and *.txt files under named folders (each folder once, even through
 * symbolic-link loops); a child that vanishes is reported, not fatal. Returns the number of failures.
 */
function collectFiles(target: string, out: string[], named: boolean, seenFolders = new Set<string>()): number {
  let failures = 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) {
    if (named || target.endsWith('.txt')) out.push(target);
    return failures;
  }
  const real = fs.realpathSync(target);
  if (seenFolders.has(real)) return failures;
  seenFolders.add(real);
  for (const name of fs.readdirSync(target).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const child = path.join(target, name);
    try {
      failures += collectFiles(child, out, false, seenFolders);
    } catch (error) {
      if (!name.endsWith('.txt')) continue; // only seed files matter in a folder
      report(child, errorReason(error));
      failures++;
    }
  }
  return failures;
}

function report(file: string, reason: string): void {
  process.stderr.write(`seed-annotate: ${file}: ${reason}\n`);
}

function errorReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  return e?.message ?? String(error);
}

function runFiles(options: CliOptions): number {
  let failures = 0;
  const collection: FileSummary[] | undefined = options.collection ? [] : undefined;
  const reviews = options.review ? new CliReviews(report, (file, reason) => report(file, `warning: ${reason}`)) : undefined;
  const exporter = options.export ? new CliExport(options.export) : undefined;
  for (const target of options.paths) {
    const files: string[] = [];
    try {
      failures += collectFiles(target, files, true);
    } catch (error) {
      report(target, errorReason(error));
      failures++;
      continue;
    }
    if (!files.length && fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
      report(target, 'no .txt files in this folder');
      failures++;
    }
    for (const file of files) {
      try {
        const stat = fs.statSync(file);
        if (!stat.isFile()) {
          report(file, 'skipped: not a regular file');
          failures++;
          continue;
        }
        const size = stat.size;
        if (size > options.maxBytes) {
          report(file, `skipped: ${size} bytes is above the ${options.maxBytes}-byte limit`);
          failures++;
          continue;
        }
        const decoded = decodeSeedBytes(fs.readFileSync(file), options.maxBytes);
        if (!decoded.ok) {
          report(file, `skipped: ${decoded.reason}`);
          failures++;
          continue;
        }
        const analysis = analyze(decoded.text, { expectHeader: true, onError: (e) => report(file, `finding ${e.stage} failed: ${e.message}`) });
        const reviewed = reviews ? reviews.review(file, decoded.text, analysis) : machineOnly(file, analysis);
        if (exporter) exporter.add(file, decoded.text, reviewed);
        else if (collection) collection.push(summarize(file, decoded.text, reviewed.analysis));
        else {
          const output = reviews ? reviewedOutput(file, decoded.text, reviewed) : { file, ...analysis };
          process.stdout.write(JSON.stringify(output, null, options.pretty ? 2 : undefined) + '\n');
        }
      } catch (error) {
        report(file, errorReason(error));
        failures++;
      }
    }
  }
  if (collection) process.stdout.write(JSON.stringify(summariesToCollectionJson(collection), null, options.pretty ? 2 : undefined) + '\n');
  if (exporter) process.stdout.write(exporter.document());
  return failures || reviews?.failures ? 1 : 0;
}

async function runJsonl(options: CliOptions): Promise<number> {
  let failures = 0;
  let lineNo = 0;
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(lineNo === 1 ? line.replace(/^\ufeff/, '') : line);
    } catch {
      report(`stdin:${lineNo}`, 'not valid JSON');
      failures++;
      continue;
    }
    if (typeof record?.text !== 'string' || (typeof record.id !== 'string' && typeof record.id !== 'number')) {
      report(`stdin:${lineNo}`, 'a line needs a string "text" and an "id"');
      failures++;
      continue;
    }
    const analysis = analyze(record.text, { onError: (e) => report(`stdin:${lineNo}`, `finding ${e.stage} failed: ${e.message}`) });
    process.stdout.write(JSON.stringify(toPrediction(String(record.id), analysis), null, options.pretty ? 2 : undefined) + '\n');
  }
  return failures ? 1 : 0;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    if (options) process.stderr.write(`seed-annotate: ${options}\n`);
    process.stderr.write(USAGE + '\n');
    process.exitCode = options ? 2 : 0;
    return;
  }
  process.exitCode = options.jsonl ? await runJsonl(options) : runFiles(options);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void main();
