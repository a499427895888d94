// `npm start`: builds, then opens a real VS Code with the extension loaded on seeds/ or on the folder given
// (`npm start -- PATH`). Desktop VS Code when `code` is on PATH; otherwise code-server on 127.0.0.1 (printed
// address), running until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  build,
  makeStateDir,
  provisionCodeServer,
  remoteUri,
  root,
  startCodeServer,
  workbenchUrl,
} from './vscode/codeServer.mjs';

const USAGE = `Usage: npm start [-- [PATH] [--port N] [--code-server]]

  npm start                 opens the sample articles (seeds/)
  npm start -- PATH         opens your own folder of articles, e.g. npm start -- ~/articles
  --port N                  the port of the browser VS Code (code-server); default: any free port
  --code-server             the browser VS Code even when desktop VS Code (\`code\`) is installed`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;
const forceCodeServer = args.includes('--code-server');
const folderArg = args.find((a, i) => !a.startsWith('--') && (portIndex < 0 || i !== portIndex + 1));
const folder = path.resolve(folderArg ?? path.join(root, 'seeds'));
if (!fs.existsSync(folder)) {
  console.error(`No such folder: ${folder}\n\n${USAGE}`);
  process.exit(1);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('--port wants a number between 0 and 65535');
  process.exit(1);
}

build();
console.log(
  folderArg
    ? `Opening ${folder}.`
    : `Opening the sample articles (${folder}). To open your own folder: npm start -- PATH (npm start -- --help for more).`,
);

const hasDesktopCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasDesktopCode && !forceCodeServer) {
  const code = spawn('code', [`--extensionDevelopmentPath=${root}`, folder], { stdio: 'inherit' });
  code.on('exit', (status) => process.exit(status ?? 0));
} else {
  const entry = provisionCodeServer();
  const stateDir = makeStateDir('start');
  const server = await startCodeServer({ entry, stateDir, port });
  const url = workbenchUrl(server, folder, [
    ['extensionDevelopmentPath', remoteUri(server, root)],
    ['skipWelcome', 'true'],
  ]);
  console.log(
    `\nSeed Annotator is running in VS Code (code-server) on ${folder}.\nOpen in a browser:\n\n  ${url}\n\nCtrl+C stops it.`,
  );
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
