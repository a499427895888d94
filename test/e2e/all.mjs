// Every end-to-end suite against the packaged VSIX, in one code-server and one browser; fails when any step fails.
//   npm run package && node test/e2e/all.mjs [--screenshots] [--only editor,review,report]
import { editorSuite } from './run.mjs';
import { importSuite } from './import.mjs';
import { reportSuite } from './report.mjs';
import { reviewSuite } from './review.mjs';
import { runAndExit } from './session.mjs';

const suites = [editorSuite, reviewSuite, reportSuite, importSuite];
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? new Set((process.argv[onlyIndex + 1] ?? '').split(',')) : undefined;
const chosen = only ? suites.filter((s) => only.has(s.name)) : suites;
if (!chosen.length) {
  console.error(`[e2e] no suite named ${[...only].join(', ')}: the suites are ${suites.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
await runAndExit(chosen);
