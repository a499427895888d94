// Integration suite in a real VS Code: code-server + headless Chromium by default,
// desktop VS Code through @vscode/test-electron with SEED_VSCODE=electron.
const runner = process.env.SEED_VSCODE === 'electron' ? './run-electron-tests.mjs' : './run-code-server-tests.mjs';
await import(runner);
