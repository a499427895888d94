// Provisions and runs code-server (VS Code 1.100.3 server + web workbench) and headless Chromium.
// code-server is not a devDependency: it is installed on first use into .vscode-test/ (ignored),
// like @vscode/test-electron keeps its VS Code download there.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const codeServerVersion = '4.100.3';
const cacheDir = path.join(root, '.vscode-test', `code-server-${codeServerVersion}`);
const entryPath = path.join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const completeMarker = path.join(cacheDir, '.complete');
export const chromiumPath = process.env.SEED_CHROMIUM ?? '/usr/bin/chromium';

// @vscode/ripgrep (inside code-server) downloads rg from GitHub unless this archive is cached.
const ripgrepCacheVersion = '1.15.11';
const ripgrepTargets = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

function log(message) {
  console.log(`[vscode] ${message}`);
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function debianPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** Debian packages needed: the browser always, rg and build tools only while installing code-server. */
function missingDebianPackages(installing) {
  const missing = [];
  if (!fs.existsSync(chromiumPath)) missing.push('chromium');
  if (installing) {
    if (!commandExists('rg')) missing.push('ripgrep');
    if (!commandExists('pkg-config')) missing.push('pkg-config');
    // node-gyp builds code-server's native modules (kerberos, node-pty)
    for (const [command, pkg] of [
      ['make', 'make'],
      ['g++', 'g++'],
      ['python3', 'python3'],
    ])
      if (!commandExists(command)) missing.push(pkg);
    if (commandExists('dpkg-query') ? !debianPackageInstalled('libkrb5-dev') : !fs.existsSync('/usr/include/krb5.h'))
      missing.push('libkrb5-dev');
  }
  return missing;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 20 * 60_000, ...options });
  if (result.error) throw new Error(`${command} ${args[0]} failed: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

function installDebianPackages(packages) {
  if (!packages.length) return;
  const list = packages.join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !commandExists('apt-get')) {
    throw new Error(
      `Missing system packages: ${list}. Install them (Debian/Ubuntu: sudo apt-get install -y ${list}) and run again.`,
    );
  }
  log(`installing Debian packages: ${list} (chromium takes a few minutes the first time)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-q'], { env });
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], { env });
}

/** Puts the system's rg where @vscode/ripgrep's postinstall looks before downloading. */
function seedRipgrepCache() {
  const target = ripgrepTargets[process.arch];
  if (!target) throw new Error(`No ripgrep build known for ${process.arch}.`);
  const dir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${ripgrepCacheVersion}`);
  const archive = path.join(dir, `ripgrep-v13.0.0-10-${target}.tar.gz`);
  if (fs.existsSync(archive)) return;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  fs.mkdirSync(dir, { recursive: true });
  run('tar', ['-czf', archive, '-C', path.dirname(fs.realpathSync(rg)), path.basename(fs.realpathSync(rg))]);
}

/** Returns the path of code-server's entry.js, installing it (and system packages) when missing. */
export function provisionCodeServer() {
  const installed = fs.existsSync(completeMarker) && fs.existsSync(entryPath);
  installDebianPackages(missingDebianPackages(!installed));
  if (installed) return entryPath;
  log(`installing code-server ${codeServerVersion} into ${path.relative(root, cacheDir)} (about a minute, 350 MB)`);
  seedRipgrepCache();
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(
    path.join(cacheDir, 'package.json'),
    JSON.stringify({ private: true, description: 'code-server for Seed Annotator tests' }) + '\n',
  );
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true', // as root, code-server's postinstall refuses otherwise
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  run(npm, ['install', '--prefix', cacheDir, '--no-save', '--no-package-lock', `code-server@${codeServerVersion}`], {
    env,
    cwd: cacheDir,
  });
  if (!fs.existsSync(entryPath)) throw new Error(`code-server installed but ${entryPath} is missing.`);
  fs.writeFileSync(completeMarker, new Date().toISOString() + '\n');
  return entryPath;
}

const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'git.openRepositoryInParentFolders': 'never',
};

/** Ctrl+C or a kill still ends code-server: exit normally so the 'exit' handlers run. */
export function exitOnSignals() {
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
}

/** Waits for `promise` at most `ms`, rejecting with `what` in the message. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(ms / 1000)} s: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Deletes a temporary folder when the process exits, even after Ctrl+C (see exitOnSignals). */
export function removedOnExit(dir) {
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh state folder for one code-server: user data, extensions, XDG dirs. */
export function makeStateDir(label) {
  const stateDir = removedOnExit(fs.mkdtempSync(path.join(os.tmpdir(), `seed-${label}-`)));
  const userSettings = path.join(stateDir, 'user', 'User', 'settings.json');
  fs.mkdirSync(path.dirname(userSettings), { recursive: true });
  fs.writeFileSync(userSettings, JSON.stringify(quietSettings, null, 2) + '\n');
  fs.writeFileSync(path.join(stateDir, 'config.yaml'), 'auth: none\ncert: false\n');
  for (const dir of ['ext', 'xdg-config', 'xdg-data', 'xdg-cache'])
    fs.mkdirSync(path.join(stateDir, dir), { recursive: true });
  return stateDir;
}

function serverEnv(stateDir, extraEnv) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(stateDir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(stateDir, 'xdg-cache'),
    EXTENSIONS_GALLERY: '{}',
    ...extraEnv,
  };
}

function commonArgs(stateDir, extensionsDir) {
  return [
    '--disable-telemetry',
    '--disable-update-check',
    '--config',
    path.join(stateDir, 'config.yaml'),
    '--user-data-dir',
    path.join(stateDir, 'user'),
    '--extensions-dir',
    extensionsDir ?? path.join(stateDir, 'ext'),
  ];
}

/** Installs a VSIX into the state folder's extensions dir (code-server's CLI, no server). */
export function installExtension(entry, stateDir, vsixPath) {
  const result = spawnSync(process.execPath, [entry, ...commonArgs(stateDir), '--install-extension', vsixPath], {
    env: serverEnv(stateDir, {}),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsixPath} failed (${result.status ?? result.error?.message}):\n${output}`);
  }
  return output.trim();
}

/**
 * Starts code-server on 127.0.0.1 (a free port unless `port` is given) in its own process group.
 * Returns { origin, port, stop(), logTail() }; `onLine` sees every server log line.
 */
export async function startCodeServer({ entry, stateDir, port: requestedPort = 0, env = {}, onLine = () => {} }) {
  const args = [
    entry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${requestedPort}`,
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...commonArgs(stateDir),
  ];
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: serverEnv(stateDir, env),
  });
  const lines = [];
  let exited = false;
  const killGroupNow = () => {
    if (!exited)
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
  };
  process.on('exit', killGroupNow);
  const exit = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = true;
      resolve(code ?? signal);
    }),
  );
  const port = new Promise((resolve, reject) => {
    let pending = '';
    const onData = (chunk) => {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (lines.length > 400) lines.shift();
        onLine(line);
        const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
        if (match) resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    exit.then((code) => reject(new Error(`code-server exited early (${code}):\n${lines.join('\n')}`)));
  });

  const stop = async () => {
    process.off('exit', killGroupNow);
    if (exited) return;
    const signalGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        /* already gone */
      }
    };
    signalGroup('SIGTERM');
    const ended = await Promise.race([exit.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]);
    if (!ended) signalGroup('SIGKILL');
  };
  try {
    const resolvedPort = await withTimeout(port, 60_000, 'code-server to listen');
    return {
      origin: `http://127.0.0.1:${resolvedPort}`,
      port: resolvedPort,
      stop,
      logTail: () => lines.slice(-60).join('\n'),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Workbench URL opening `folder`; with `payload` ([[key, value], …]) for extension development. */
/** Closes the browser and the server and removes the session's state and workspace copy. */
export async function closeSession({ browser, server, stateDir, workspace }) {
  await browser.close();
  await server.stop();
  const keepLogs = process.env.SEED_KEEP_LOGS;
  if (keepLogs) {
    const dest = path.join(keepLogs, path.basename(stateDir));
    fs.cpSync(path.join(stateDir, 'user', 'logs'), dest, { recursive: true, force: true });
    console.log(`[vscode] logs copied to ${dest}`);
  }
  fs.rmSync(stateDir, { recursive: true, force: true });
  fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
}

export function workbenchUrl(server, folder, payload) {
  const query = new URLSearchParams({ folder });
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${query.toString()}`;
}

/** A `vscode-remote://` URI for a local path, as the payload needs (file:// silently runs nothing). */
export function remoteUri(server, absolutePath) {
  return `vscode-remote://127.0.0.1:${server.port}${absolutePath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/** Headless Debian Chromium driven by playwright-core, with a fresh profile. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  const profileDir = removedOnExit(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-chromium-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const close = async () => {
    await withTimeout(context.close(), 20_000, 'closing Chromium').catch(() => {});
    fs.rmSync(profileDir, { recursive: true, force: true });
  };
  return { context, close };
}

/** Runs `node scripts/build.mjs …args`, throwing when it fails. */
export function build(...args) {
  run(process.execPath, [path.join(root, 'scripts', 'build.mjs'), ...args], { cwd: root });
}

/**
 * The workbench's test hooks (`codeAutomationLog`, `codeAutomationExit`) on a page: each logged text goes to
 * `onText`. Resolves, once they are in place, to `{ exitCode }`: a promise of the suite's exit code (wrapped,
 * so that awaiting the hooks does not wait for the suite).
 */
export async function exposeTestHooks(page, onText) {
  let settle;
  const exitCode = new Promise((resolve) => {
    settle = resolve;
  });
  await page.exposeFunction('codeAutomationLog', (_level, args) =>
    onText(Array.isArray(args) ? format(...args) : String(args)),
  );
  await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
  return { exitCode };
}

/** Lines the workbench forwards from itself; they say nothing about the tests. */
const workbenchChatter =
  /^(Ignoring fetching additional builtin|Updating additional builtin|Resolv(ing|ed) connection token|Creating a socket|\[Service Worker\]|ChatSessionStore)/;

/**
 * Opens the workbench on `workspace` with the extension under development and the test suite at
 * `testsIndex`; every line the suite logs goes to `onText`, and is printed unless it is the workbench's
 * own chatter (all with `verbose`). Resolves to `{ exitCode }`, as `exposeTestHooks`.
 */
export async function openTestWorkbench({
  browser,
  server,
  workspace,
  testsIndex,
  host = '',
  verbose = false,
  onText = () => {},
}) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const hooks = await exposeTestHooks(page, (text) => {
    onText(text);
    if (verbose || !workbenchChatter.test(text)) for (const line of text.split('\n')) console.log(`  ${line}`);
  });
  page.on('pageerror', (error) => {
    if (verbose) console.log(`[page] ${error.message}`);
  });
  const url = workbenchUrl(server, workspace, [
    ['extensionDevelopmentPath', remoteUri(server, root)],
    ['extensionTestsPath', remoteUri(server, testsIndex)],
    ['skipWelcome', 'true'],
  ]);
  console.log(`[vscode] code-server ${server.origin}${host}, workspace ${workspace}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  return hooks;
}
