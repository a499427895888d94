// seed-annotate: the engine on files, folders or JSONL, for batch work. Never writes input files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../engine';
import { decodeSeedBytes, DEFAULT_MAX_BYTES } from '../engine/text/decode';
import { summariesToCollectionJson } from '../core/model/collectionJson';
import { provenanceOfItems } from '../core/import/pipeline/provenance';
import { summarize, type FileSummary } from '../core/summary/summary';
import { CliReviews, machineOnly, reviewedOutput } from './review';
import { CliExport, EXPORT_FORMATS, isExportFormat, type ExportFormat } from './export';
import { runJsonlStream, stdinBytes } from './jsonl';
import { runImportCommand } from './import';
import { packageVersion } from './export';
import { discoverSeedFiles } from '../node/seedDiscovery';

const NO_SEED_FILES =
  'no seed files in this folder (a .txt or .md file starting with "date YYYY-MM-DD", or a .txt file under a "seeds" folder)';

const USAGE = `usage: seed-annotate [--pretty] [--max-bytes N] FILE|DIR...
       seed-annotate --collection [--pretty] FILE|DIR...
       seed-annotate --export w3c|claimreview FILE|DIR... > annotations.jsonld
       seed-annotate --jsonl [--workers N] [--progress|--no-progress] < input.jsonl > predictions.jsonl
       seed-annotate import SOURCE… [--out DIR] [--list FILE.jsonl] [--jsonl] [--no-snapshot]
                                    [--date-fallback ask|skip] [--concurrency N] [--timeout SECONDS]

  FILE|DIR     seed files, or folders searched for them as the extension does (.txt/.md
               starting with a date line, .txt under a seeds folder, the folder's
               .vscode/settings.json include/exclude); prints one JSON analysis per file
  --jsonl      read {"id","text"} lines on stdin, write one prediction line per input line, in
               input order; a malformed line gets {"id":…,"error":…} (its "line" when it has no id)
  --workers N  with --jsonl: analyse N lines at once in worker threads (0: one per core; default 1)
  --progress   with --jsonl: progress on stderr even when it is not a terminal (a line every 10 s);
               on a terminal a bar is shown unless --no-progress
  --collection the files as one collection: one JSON of its people, places, organizations,
               speakers and claim sources, each person linked across articles
  --pretty     indent the JSON output
  --no-review  the machine's analysis alone (by default the reader's review in the nearest
               .seed-annotations/ folder above each file is applied; the search stops at the
               first folder holding .git, at the home directory and at the current directory)
  --review-root DIR
               the collection root whose .seed-annotations/ applies to the files under DIR
               (instead of the search; DIR may lie above the current directory)
  --export F   one JSON-LD document of all the files instead: w3c (Web Annotations, the
               machine's and the readers') or claimreview (schema.org, claims with a verdict)
  --max-bytes  skip files larger than this (default ${DEFAULT_MAX_BYTES})
  import       web pages, feeds, PDFs, files and text as seed files with their date and
               provenance (seed-annotate import --help for its options)
  --help       show this help`;

interface CliOptions {
  pretty: boolean;
  jsonl: boolean;
  collection: boolean;
  review: boolean;
  reviewRoot?: string;
  export?: ExportFormat;
  maxBytes: number;
  workers?: number;
  progress?: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): CliOptions | string {
  const options: CliOptions = {
    pretty: false,
    jsonl: false,
    collection: false,
    review: true,
    maxBytes: DEFAULT_MAX_BYTES,
    paths: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--pretty') options.pretty = true;
    else if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--collection') options.collection = true;
    else if (arg === '--no-review') options.review = false;
    else if (arg === '--review-root') {
      const dir = argv[++i];
      if (!dir || !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory())
        return '--review-root takes an existing folder';
      options.reviewRoot = dir;
    } else if (arg === '--progress' || arg === '--no-progress') options.progress = arg === '--progress';
    else if (arg === '--workers') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0 || n > 256)
        return '--workers takes a whole number from 0 (one per core) to 256';
      options.workers = n;
    } else if (arg === '--export') {
      const format = argv[++i];
      if (!isExportFormat(format)) return `--export takes one of ${EXPORT_FORMATS.join(', ')}`;
      options.export = format;
    } else if (arg === '--max-bytes') {
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
  if (!options.jsonl && (options.workers !== undefined || options.progress !== undefined))
    return '--workers and --progress go with --jsonl';
  if (options.reviewRoot !== undefined && (!options.review || options.jsonl))
    return '--review-root goes with files or folders, without --no-review';
  if (options.collection && options.export) return '--collection and --export each print one document: choose one';
  return options;
}

/**
 * A file named on the command line, or the seed files under a named folder, found as the extension finds them
 * (src/node/seedDiscovery.ts). What the walk could not read is reported as a warning.
 */
async function filesOf(target: string): Promise<string[]> {
  if (!fs.statSync(target).isDirectory()) return [target];
  const found = await discoverSeedFiles(target);
  for (const problem of found.problems) process.stderr.write(`seed-annotate: warning: ${problem}\n`);
  // A link to nothing is reported like a missing file named on the command line (an error, exit 1).
  return [...found.files, ...found.broken].sort();
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

async function runFiles(options: CliOptions): Promise<number> {
  let failures = 0;
  const collection: FileSummary[] | undefined = options.collection ? [] : undefined;
  const imported: ImportedArticleJson[] = [];
  const reviews = options.review
    ? new CliReviews(
        report,
        (file, reason) => report(file, `warning: ${reason}`),
        { cwd: process.cwd(), home: os.homedir(), reviewRoot: options.reviewRoot },
        (root) => process.stderr.write(`review: .seed-annotations in ${root}\n`),
      )
    : undefined;
  const exporter = options.export ? new CliExport(options.export) : undefined;
  for (const target of options.paths) {
    let files: string[];
    try {
      files = await filesOf(target);
    } catch (error) {
      report(target, errorReason(error));
      failures++;
      continue;
    }
    if (!files.length && fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
      report(target, NO_SEED_FILES);
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
        const analysis = analyze(decoded.text, {
          expectHeader: true,
          onError: (e) => report(file, `finding ${e.stage} failed: ${e.message}`),
        });
        const reviewed = reviews ? reviews.review(file, decoded.text, analysis) : machineOnly(file, analysis);
        if (exporter) exporter.add(file, decoded.text, reviewed);
        else if (collection) {
          collection.push(summarize(file, decoded.text, reviewed.analysis));
          const provenance = provenanceOfItems(reviewed.describing ?? []);
          if (provenance) imported.push(importedArticleJson(file, provenance));
        } else {
          const output = reviews ? reviewedOutput(file, decoded.text, reviewed) : { file, ...analysis };
          process.stdout.write(JSON.stringify(output, null, options.pretty ? 2 : undefined) + '\n');
        }
      } catch (error) {
        report(file, errorReason(error));
        failures++;
      }
    }
  }
  if (collection)
    process.stdout.write(
      JSON.stringify(
        { ...summariesToCollectionJson(collection), ...(imported.length ? { articleFiles: imported } : {}) },
        null,
        options.pretty ? 2 : undefined,
      ) + '\n',
    );
  if (exporter) process.stdout.write(exporter.document());
  return failures || reviews?.failures ? 1 : 0;
}

/** An imported article in `--collection`: where it came from (only articles with provenance are listed). */
interface ImportedArticleJson {
  file: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  byline: string | null;
  date: string | null;
}

function importedArticleJson(file: string, p: ReturnType<typeof provenanceOfItems> & object): ImportedArticleJson {
  return {
    file: file.split(path.sep).join('/'),
    title: p.title ?? null,
    url: p.url ?? null,
    outlet: p.outlet ?? null,
    byline: p.byline ?? null,
    date: p.published ?? null,
  };
}

async function runJsonl(options: CliOptions): Promise<number> {
  try {
    const result = await runJsonlStream(
      { input: process.stdin, output: process.stdout, errors: process.stderr, inputBytes: stdinBytes() },
      {
        pretty: options.pretty,
        maxBytes: options.maxBytes,
        workers: options.workers ?? 1,
        progress: options.progress,
        workerScript: path.join(__dirname, 'cliWorker.js'),
      },
    );
    return result.failed ? 1 : 0;
  } catch (error) {
    report('--jsonl', errorReason(error));
    return 2;
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === 'import') {
    process.exitCode = await runImportCommand(process.argv.slice(3), packageVersion());
    return;
  }
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    if (options) process.stderr.write(`seed-annotate: ${options}\n`);
    process.stderr.write(USAGE + '\n');
    process.exitCode = options ? 2 : 0;
    return;
  }
  process.exitCode = options.jsonl ? await runJsonl(options) : await runFiles(options);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void main();
