// The manifest and the code agree: contributed commands are registered, contributed settings are read.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RESTRICTED_SETTINGS } from '../../../src/extension/config';
import { EXTENSION_ID, extensionApi } from './helpers';

interface Manifest {
  activationEvents?: string[];
  capabilities?: {
    untrustedWorkspaces?: { supported: boolean | string; restrictedConfigurations?: string[] };
    virtualWorkspaces?: boolean | { supported: boolean | string };
  };
  contributes: {
    commands: { command: string; category?: string; icon?: string }[];
    configuration: { properties: Record<string, { scope?: string; markdownDescription?: string }> };
    languages: { id: string; filenamePatterns?: string[]; firstLine?: string }[];
    menus: { commandPalette: { command: string; when?: string }[] };
  };
}

describe('manifest', () => {
  const manifest = (): Manifest => vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;

  it('registers every contributed command', async () => {
    await extensionApi();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest()
      .contributes.commands.map((c) => c.command)
      .filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
  });

  it('reads exactly the contributed settings', async () => {
    const api = await extensionApi();
    const contributed = Object.keys(manifest().contributes.configuration.properties)
      .map((k) => k.replace(/^seedAnnotator\./, ''))
      .sort();
    assert.deepEqual([...api.settingKeys].sort(), contributed);
  });

  it('gives every setting resource scope and a markdown description', () => {
    for (const [key, setting] of Object.entries(manifest().contributes.configuration.properties)) {
      assert.equal(setting.scope, 'resource', key);
      assert.ok(setting.markdownDescription, key);
    }
  });

  it('gives every command the category and an icon', () => {
    for (const c of manifest().contributes.commands) {
      assert.equal(c.category, 'Seed Annotator', c.command);
      assert.match(c.icon ?? '', /^\$\([a-z-]+\)$/, c.command);
    }
  });

  it('activates only for seed files, never on startup', () => {
    const events = manifest().activationEvents ?? [];
    assert.ok(events.includes('onLanguage:seed'));
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'));
  });

  it('claims seed files as the seed language', async () => {
    const [seed] = manifest().contributes.languages;
    assert.equal(seed?.id, 'seed');
    assert.ok(new RegExp(seed!.firstLine!).test(' date 2023-03-08 NATO said'));
    assert.ok((await vscode.languages.getLanguages()).includes('seed'));
  });

  it('hides the item-only command from the palette', () => {
    const hidden = manifest().contributes.menus.commandPalette.find((m) => m.command === 'seedAnnotator.revealRange');
    assert.equal(hidden?.when, 'false');
  });

  it('works in untrusted and virtual workspaces, restricting the settings the code restricts', () => {
    const capabilities = manifest().capabilities;
    assert.equal(capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.deepEqual(
      [...(capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? [])].sort(),
      RESTRICTED_SETTINGS.map((k) => `seedAnnotator.${k}`).sort(),
    );
    const virtual = capabilities?.virtualWorkspaces;
    assert.ok(virtual === true || (typeof virtual === 'object' && virtual.supported !== false));
  });
});
