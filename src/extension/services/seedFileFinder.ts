// Finds the seed files of the workspace: every .txt/.md whose first line has the header, plus the files the
// `seedAnnotator.include` globs name, minus `seedAnnotator.exclude`. The rules live in src/core/seedFiles.
import * as vscode from 'vscode';
import { readConfig } from '../config';
import {
  ALWAYS_EXCLUDED,
  CANDIDATE_GLOB,
  SNIFF_BYTES,
  candidacy,
  selectSeedFiles,
  startsWithSeedHeader,
  type Candidacy,
  type SeedFileRules,
} from '../../core/seedFiles';

/** The built-in exclusions as one glob for findFiles (the user's are applied by the rules). */
export const FIND_EXCLUDE = `{${ALWAYS_EXCLUDED.join(',')}}`;

interface Candidate {
  uri: vscode.Uri;
  relativePath: string;
  folderName?: string;
}

/** The include/exclude settings that apply to a file (or, without one, to the workspace). */
export function seedRules(scope?: vscode.Uri): SeedFileRules {
  const { include, exclude } = readConfig(scope);
  return { include, exclude };
}

/** The path the globs are matched against: relative to the file's workspace folder, or the whole path outside one. */
export function relativePathOf(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return uri.path.replace(/^\/+/, '');
  return uri.path.slice(folder.uri.path.replace(/\/+$/, '').length + 1);
}

export function candidacyOf(uri: vscode.Uri): Candidacy {
  return candidacy(relativePathOf(uri), seedRules(uri), vscode.workspace.getWorkspaceFolder(uri)?.name);
}

let readLocalHead: ((path: string) => Promise<Uint8Array>) | undefined;

/** Where there is a file system (Node), local files' first bytes are read without reading them whole. */
export function useLocalHeadReader(reader: ((path: string) => Promise<Uint8Array>) | undefined): void {
  readLocalHead = reader;
}

/** The first bytes of a file, from the disk when it is local. */
export async function readHead(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme === 'file' && readLocalHead) return readLocalHead(uri.fsPath);
  return (await vscode.workspace.fs.readFile(uri)).subarray(0, SNIFF_BYTES);
}

/** Whether a file on disk is a seed file now (unreadable files are not). */
export async function isSeedUri(uri: vscode.Uri): Promise<boolean> {
  const kind = candidacyOf(uri);
  if (kind !== 'sniff') return kind === 'included';
  return readHead(uri).then(startsWithSeedHeader, () => false);
}

/** Whether a document with this text is a seed file (by its name, or by the text's first line). */
export function isSeedText(uri: vscode.Uri, text: string): boolean {
  const kind = candidacyOf(uri);
  return kind === 'included' || (kind === 'sniff' && startsWithSeedHeader(text.slice(0, SNIFF_BYTES)));
}

/** Every seed file of the workspace folders, or of one folder (a created or renamed folder). */
export async function findSeedFiles(under?: vscode.Uri): Promise<vscode.Uri[]> {
  const bases = under ? [under] : (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
  const found = await Promise.all(
    bases.map(async (base) => {
      const globs = [CANDIDATE_GLOB, ...seedRules(base).include];
      const lists = await Promise.all(
        globs.map((g) => vscode.workspace.findFiles(new vscode.RelativePattern(base, g), FIND_EXCLUDE)),
      );
      return lists.flat();
    }),
  );
  const unique = new Map<string, Candidate>();
  for (const uri of found.flat())
    unique.set(uri.toString(), {
      uri,
      relativePath: relativePathOf(uri),
      folderName: vscode.workspace.getWorkspaceFolder(uri)?.name,
    });
  const byFolder = groupBy(
    [...unique.values()],
    (c) => vscode.workspace.getWorkspaceFolder(c.uri)?.uri.toString() ?? '',
  );
  const selected = await Promise.all(
    [...byFolder.values()].map((cs) => selectSeedFiles(cs, seedRules(cs[0]!.uri), (c) => readHead(c.uri))),
  );
  return selected.flat().map((c) => c.uri);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
