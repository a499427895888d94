// src/core stays vscode-free: no vscode, no Node, nothing from the adapter layers.
import { repoRoot } from '../helpers/repoRoot';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

describe('src/core stays vscode-free', () => {
  it('imports nothing from vscode, Node or the adapter', () => {
    const core = path.join(repoRoot(), 'src/core');
    const files = fs
      .readdirSync(core, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 40, `${files.length} files under src/core`);
    for (const file of files) {
      const source = fs.readFileSync(path.join(core, file), 'utf8');
      assert.doesNotMatch(source, /from ['"](vscode|node:[^'"]+)['"]|require\(['"]vscode['"]\)/, file);
      for (const [, spec] of source.matchAll(/from ['"](\.[^'"]+)['"]/g)) {
        const target = path.relative(
          path.join(repoRoot(), 'src'),
          path.resolve(path.dirname(path.join(core, file)), spec!),
        );
        assert.match(target, /^(core|engine)(\/|$)/, `${file} imports ${spec}, outside src/core and src/engine`);
      }
    }
  });
});
