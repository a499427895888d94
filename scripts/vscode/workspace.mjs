// The folder a test VS Code opens: a fresh copy of test/fixtures/workspace (or the sample seed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removedOnExit, root } from './codeServer.mjs';

export function copyFixtureWorkspace() {
  const target = path.join(removedOnExit(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-workspace-'))), 'workspace');
  const fixture = path.join(root, 'test', 'fixtures', 'workspace');
  if (fs.existsSync(fixture)) {
    fs.cpSync(fixture, target, { recursive: true });
  } else {
    fs.mkdirSync(target, { recursive: true });
    fs.copyFileSync(
      path.join(root, 'seeds', '000_ff2cfafdf74160c4.txt'),
      path.join(target, '000_ff2cfafdf74160c4.txt'),
    );
  }
  return target;
}
