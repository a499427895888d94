// `seed-annotate import`: URLs, files, folders, stdin and --list lines become seed files with provenance.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline/promises';
import { DEFAULT_LIMITS, PageFetcher, userAgentFor } from '../core/import/pipeline/http';
import { isWebAddress, messageOf, runImport } from '../core/import/pipeline/pipeline';
import { isIsoDate } from '../core/import/pipeline/dates';
import type { DateQuestion, ImportIO, ImportRecord, ImportSource } from '../core/import/pipeline/types';
import { collectionRootFor, isInside, outputFolderProblem } from '../node/collectionRoot';
import { importableFilesIn, NodeCollectionFiles, readSourceFile } from '../node/importFiles';
import { IMPORT_USAGE, parseImportArgs, parseListLine, type ImportArgs } from './importArgs';

const say = (text: string): void => void process.stderr.write(`seed-annotate import: ${text}\n`);

/** Runs the subcommand; resolves to the exit code. */
export async function runImportCommand(argv: readonly string[], version: string): Promise<number> {
  const args = parseImportArgs(argv);
  if (typeof args === 'string') {
    if (args) say(args);
    process.stderr.write(`${IMPORT_USAGE}\n`);
    return args ? 2 : 0;
  }
  const cwd = process.cwd();
  const outDir = path.resolve(cwd, args.out);
  const problem = outputFolderProblem(outDir);
  if (problem) {
    say(problem);
    return 2;
  }
  const root = collectionRootFor(outDir, cwd);
  const sources = await expandSources(args);
  const io = nodeImportIO(root, args, version, !sources.some((s) => s.text !== undefined));
  const shown = (file: string | null): string | null =>
    file === null ? null : displayPath(path.join(root, ...file.split('/')), cwd);
  const print = (record: ImportRecord): void => {
    const out = {
      ...record,
      file: shown(record.file),
      ...(record.duplicateOf ? { duplicateOf: shown(record.duplicateOf)! } : {}),
    };
    process.stdout.write(args.jsonl ? `${JSON.stringify(out)}\n` : `${humanLine(out)}\n`);
  };
  const outFolder = path.relative(root, outDir).split(path.sep).join('/');
  const records = await runImportOrdered(
    sources,
    { outFolder, keepSnapshot: args.snapshot, concurrency: args.concurrency },
    io,
    print,
  );
  summarise(records);
  return records.every((r) => r.status === 'imported' || r.status === 'duplicate') && records.length > 0 ? 0 : 1;
}

/** Prints records in input order as soon as every earlier source is done. */
async function runImportOrdered(
  sources: ImportSource[],
  options: Parameters<typeof runImport>[1],
  io: ImportIO,
  print: (r: ImportRecord) => void,
): Promise<ImportRecord[]> {
  const done = new Map<number, ImportRecord[]>();
  let next = 0;
  return runImport(sources, options, io, (index, records) => {
    done.set(index, records);
    for (; done.has(next); next++) done.get(next)!.forEach(print);
  });
}

function nodeImportIO(root: string, args: ImportArgs, version: string, stdinFree: boolean): ImportIO {
  const fetcher = new PageFetcher(
    { fetch: globalThis.fetch, manualRedirects: true, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    { ...DEFAULT_LIMITS, userAgent: userAgentFor(version), timeoutMs: args.timeoutSeconds * 1000 },
  );
  const canAsk = args.dateFallback === 'ask' && stdinFree && !!process.stdin.isTTY && !!process.stderr.isTTY;
  if (args.dateFallback === 'ask' && !canAsk)
    say('--date-fallback ask needs a terminal: sources without a date are skipped');
  return {
    fetchUrl: (url, signal) => fetcher.fetchUrl(url, signal),
    readSource: (file) => readSourceFile(file),
    files: new NodeCollectionFiles(root),
    now: () => new Date(),
    newId: () => `urn:uuid:${globalThis.crypto.randomUUID()}`,
    askDate: canAsk ? askOnTerminal : undefined,
    progress: (message) => say(message),
  };
}

/** Asks on the terminal (the pipeline asks one question at a time): Enter takes the guess, `skip` skips. */
async function askOnTerminal(question: DateQuestion): Promise<string | undefined> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    const hint = question.guess ? `, Enter for ${question.guess.date} (from ${question.guess.reason})` : '';
    for (;;) {
      const prompt = `Publication date of ${question.title ?? question.source} (YYYY-MM-DD, skip${hint}): `;
      const answer = (await rl.question(prompt)).trim();
      if (/^s(kip)?$/i.test(answer) || (!answer && !question.guess)) return undefined;
      const date = answer || question.guess?.date;
      if (isIsoDate(date)) return date;
      say('a date is written YYYY-MM-DD');
    }
  } finally {
    rl.close();
  }
}

/** Sources named on the command line and in --list, folders expanded; unusable ones carry their error. */
async function expandSources(args: ImportArgs): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  const failedNow = (source: string, error: string): void => void out.push({ source, error });
  for (const source of args.sources) await expandOne({ source }, out, failedNow);
  if (args.list) {
    let lines: string[] = [];
    try {
      lines = fs.readFileSync(args.list, 'utf8').split(/\r?\n/);
    } catch (error) {
      failedNow(args.list, `cannot read the list: ${messageOf(error)}`);
    }
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      const parsed = parseListLine(line);
      if (typeof parsed === 'string') failedNow(`${args.list}:${i + 1}`, parsed);
      else await expandOne({ ...parsed, source: resolveListPath(parsed.source, args.list) }, out, failedNow);
    }
  }
  return out;
}

async function expandOne(
  source: ImportSource,
  out: ImportSource[],
  failedNow: (s: string, e: string) => void,
): Promise<void> {
  if (source.source === '-') {
    out.push(
      await readStdin().then(
        (text) => ({ ...source, text }),
        (error: unknown) => ({ ...source, error: messageOf(error) }),
      ),
    );
    return;
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(source.source) && !isWebAddress(source.source)) {
    failedNow(source.source, 'only http: and https: addresses can be imported');
    return;
  }
  if (isWebAddress(source.source) || !fs.statSync(source.source, { throwIfNoEntry: false })?.isDirectory()) {
    out.push(source);
    return;
  }
  const files = await importableFilesIn(source.source);
  if (!files.length) failedNow(source.source, 'no importable files in this folder');
  for (const file of files) out.push({ ...source, source: file });
}

/** A --list source path is relative to the list file's folder when it is not found from here. */
function resolveListPath(source: string, list: string): string {
  if (isWebAddress(source) || source === '-' || path.isAbsolute(source) || fs.existsSync(source)) return source;
  const beside = path.join(path.dirname(list), source);
  return fs.existsSync(beside) ? beside : source;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > 20 * 1024 * 1024) throw new Error('standard input is larger than 20 MB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function displayPath(file: string, cwd: string): string {
  return (isInside(file, cwd) ? path.relative(cwd, file) : file).split(path.sep).join('/');
}

function humanLine(record: ImportRecord): string {
  const detail =
    record.status === 'imported'
      ? record.file
      : record.status === 'duplicate'
        ? `duplicate of ${record.duplicateOf}`
        : record.error;
  return `${record.status.padEnd(9)} ${record.source}${record.url && record.url !== record.source ? ` (${record.url})` : ''}: ${detail}`;
}

function summarise(records: readonly ImportRecord[]): void {
  const count = (status: ImportRecord['status']): number => records.filter((r) => r.status === status).length;
  say(
    `imported ${count('imported')}, ${count('duplicate')} duplicate(s), ${count('skipped')} skipped, ${count('failed')} failed`,
  );
}
