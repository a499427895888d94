// The e2e run's extra steps in the web worker extension host (`node test/e2e/run.mjs --web`).
import { poll, quickOpen, quickPickRows, runCommand } from '../e2e/workbench.mjs';

/**
 * Before the person's steps: quick open answers. Here nothing of ours runs in code-server's Node
 * extension host, which serves the file search and may come up well after the workbench on a busy machine.
 */
export function webReadySteps(page, fileName) {
  return [
    [
      'the file search is up (Ctrl+P lists the sample)',
      async () => {
        await poll(
          async () => {
            try {
              await quickOpen(page, fileName);
              return true;
            } catch (error) {
              await page.keyboard.press('Escape');
              throw error;
            }
          },
          { ms: 85_000, every: 1_000, what: `quick open to list ${fileName}` },
        );
      },
    ],
  ];
}

/** After them: the extension's own log shows the browser entry running, with its Web Workers. */
export function webHostSteps(page) {
  return [
    [
      'the Seed Annotator log shows the analysis in Web Workers',
      async () => {
        await runCommand(page, 'Output: Show Output Channels');
        const rows = await quickPickRows(page);
        if (!rows.some((r) => r.includes('Seed Annotator')))
          throw new Error(`no Seed Annotator output channel among: ${rows.join(' | ')}`);
        await page.keyboard.type('Seed Annotator');
        await page.keyboard.press('Enter');
        const lines = page.locator('.part.panel .monaco-editor .view-lines').first();
        await poll(
          async () =>
            /Analysis workers started from (a Blob URL|the extension URI)/.test(
              (await lines.innerText()).replace(/\u00a0/g, ' '),
            ),
          { ms: 20_000, what: 'the log line of the Web Workers' },
        );
      },
    ],
  ];
}
