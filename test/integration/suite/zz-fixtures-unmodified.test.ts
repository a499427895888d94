// Runs last: analysis, hovers, quick-fix offers and reverted edits never changed a fixture file on disk.
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceFolder } from './helpers';

const digest = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('fixture files', () => {
  it('are byte-for-byte what the repository holds', () => {
    const original = path.join(
      vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath,
      'test',
      'fixtures',
      'workspace',
      'seeds',
    );
    const copy = path.join(workspaceFolder().fsPath, 'seeds');
    const names = fs.readdirSync(original).sort();
    assert.deepEqual(fs.readdirSync(copy).sort(), names);
    for (const name of names) assert.equal(digest(path.join(copy, name)), digest(path.join(original, name)), name);
  });
});
