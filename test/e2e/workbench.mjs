// Playwright helpers that drive the VS Code workbench the way a person does: keyboard, mouse, and
// what is visible on screen. Every wait is bounded.

/** Polls `probe` until it returns a truthy value, at most `ms`; the timeout names the last error seen. */
export async function poll(probe, { ms = 20_000, every = 250, what = 'condition' } = {}) {
  const deadline = Date.now() + ms;
  let lastError;
  while (Date.now() < deadline) {
    const value = await probe().catch((error) => {
      lastError = error;
      return undefined;
    });
    if (value) return value;
    await new Promise((r) => setTimeout(r, every));
  }
  const cause = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
  throw new Error(
    `timed out after ${Math.round(ms / 1000)} s waiting for ${typeof what === 'function' ? what() : what}${cause}`,
  );
}

export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.statusbar').waitFor({ state: 'visible', timeout: 30_000 });
}

const quickInput = (page) => page.locator('.quick-input-widget .quick-input-box input');
const quickInputRows = (page) => page.locator('.quick-input-list .monaco-list-row');
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Closes an open quick input (palette, pick, dialog) and waits until it is gone. */
export async function closeQuickInput(page) {
  const widget = page.locator('.quick-input-widget');
  if (!(await widget.isVisible())) return;
  await page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden', timeout: 5_000 });
}

async function typeIntoQuickInput(page, text) {
  const input = quickInput(page);
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(text);
  return input;
}

/**
 * Opens a file with "File: Open File…" and its path typed in full (the simple file dialog reads the
 * folder directly; Ctrl+P's fuzzy list waits for a file search that is slow on a busy machine).
 */
export async function openFile(page, absolutePath, { ms = 120_000 } = {}) {
  const name = absolutePath.split('/').pop();
  const tab = page.locator('.tab', { hasText: name });
  await poll(
    async () => {
      // An earlier attempt may have opened it late, behind another tab.
      if (await tab.count()) {
        await tab.first().click();
        await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 5_000 });
        return true;
      }
      await closeQuickInput(page);
      await runCommand(page, 'File: Open File...', { ms: 20_000 });
      const input = quickInput(page);
      // The dialog first fills in the folder it starts from; the typed path replaces that.
      await poll(async () => (await input.inputValue()).startsWith('/'), { ms: 10_000, what: 'the Open File dialog' });
      await input.fill(absolutePath);
      // The dialog completes what is typed as it reads folders: Enter only once the path has stayed put.
      await poll(
        async () => {
          if ((await input.inputValue()) !== absolutePath) return false;
          await new Promise((r) => setTimeout(r, 300));
          return (await input.inputValue()) === absolutePath;
        },
        { ms: 5_000, what: `the path ${absolutePath} in the dialog` },
      );
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 20_000 });
      return true;
    },
    { ms, every: 500, what: `${name} open in the editor` },
  );
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

/** Ctrl+P, the file name, a click on its row; resolves when the editor tab is active (needs the file search). */
export async function quickOpen(page, fileName) {
  await page.keyboard.press('Control+P');
  await typeIntoQuickInput(page, fileName);
  const row = quickInputRows(page).filter({ hasText: fileName }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  await page.locator('.tab.active', { hasText: fileName }).waitFor({ timeout: 15_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

/**
 * F1, the command's title (with or without its category), a click on its row. Retried until `ms`: a command contributed by an extension
 * shows in the palette only once the workbench has read the extension's manifest.
 */
export async function runCommand(page, title, { ms = 60_000 } = {}) {
  // "Category: Title" or the title alone, from the start of the row (not a longer title containing it).
  const row = quickInputRows(page)
    .filter({ hasText: new RegExp(`^([^:]+: )?${escapeRegExp(title)}`) })
    .first();
  await poll(
    async () => {
      await closeQuickInput(page);
      await page.keyboard.press('F1');
      await typeIntoQuickInput(page, `>${title}`);
      await row.waitFor({ timeout: 5_000 });
      await row.click();
      return true;
    },
    { ms, every: 1_000, what: `the command "${title}" in the palette` },
  );
}

/** Waits until the quick pick's focused row contains `text`, then accepts it with Enter. */
export async function acceptFocusedRow(page, text, { then = 'close' } = {}) {
  const focused = quickInputRows(page).and(page.locator('.focused')).filter({ hasText: text });
  await focused.first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  // `then: 'input'`: the row opens another input in the same widget, which stays visible.
  if (then === 'close') await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Visible rows of the open quick pick, as text. */
export async function quickPickRows(page) {
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15_000 });
  return page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
}

/**
 * Ctrl+G to a 1-based line (and column) so the editor renders it; resolves when the cursor is there.
 * Enter is pressed only while the Go to Line box holds the focus and the typed position, so nothing is
 * ever typed into the document (a workbench still restoring its editors may take the focus back).
 */
export async function goToLine(page, line, column) {
  const target = column ? `:${line}:${column}` : `:${line}`;
  let position;
  await poll(
    async () => {
      await closeQuickInput(page);
      await page.keyboard.press('Control+G');
      const input = quickInput(page);
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(target);
      if (!(await input.evaluate((el, value) => document.activeElement === el && el.value === value, target)))
        return undefined;
      await page.keyboard.press('Enter');
      return poll(
        async () => (position = await cursorPosition(page))?.line === line && (!column || position.column === column),
        { ms: 3_000 },
      );
    },
    {
      ms: 30_000,
      every: 500,
      what: () => `the cursor at ${line}:${column ?? 1} (status bar: ${JSON.stringify(position)})`,
    },
  );
  await assertUnchanged(page);
}

/** Fails when the active editor has unsaved changes: the tests only read the articles. */
async function assertUnchanged(page) {
  if (await page.locator('.tab.active.dirty').count())
    throw new Error('the active editor was changed by typing meant for an input box');
}

/** Screen point of the character right of the cursor, and of the editor's line-number gutter beside it. */
async function cursorPoint(page) {
  return page.evaluate(() => {
    const editor =
      document.querySelector('.editor-instance .monaco-editor.focused') ??
      document.querySelector('.editor-instance .monaco-editor');
    const cursor = editor?.querySelector('.cursors-layer .cursor')?.getBoundingClientRect();
    const gutter = editor?.querySelector('.margin')?.getBoundingClientRect();
    if (!cursor || !gutter || cursor.height === 0) return null;
    const y = cursor.top + cursor.height / 2;
    return { x: cursor.left + 3, y, gutter: { x: gutter.left + gutter.width / 2, y } };
  });
}

/**
 * Moves the mouse onto the character at 1-based `line`:`column` and returns the hover's text once it
 * holds every string of `includes`. A hover left open keeps its first content, so each try closes it,
 * moves the mouse away (to the line numbers) and hovers again.
 */
export async function hoverAt(page, { line, column }, { includes = [], ms = 45_000 } = {}) {
  const hover = page.locator('.monaco-hover-content:visible').first();
  let last = '';
  const at = await cursorPosition(page).catch(() => undefined);
  if (at?.line !== line || at.column !== column) await goToLine(page, line, column);
  return poll(
    async () => {
      await page.keyboard.press('Escape');
      const point = await cursorPoint(page);
      if (!point) {
        await goToLine(page, line, column);
        return undefined;
      }
      await page.mouse.move(point.gutter.x, point.gutter.y);
      await hover.waitFor({ state: 'hidden', timeout: 3_000 });
      await page.mouse.move(point.x, point.y, { steps: 2 });
      await hover.waitFor({ state: 'visible', timeout: 5_000 });
      last = (await hover.innerText()).trim();
      return last && includes.every((text) => last.includes(text)) ? last : undefined;
    },
    {
      ms,
      every: 500,
      what: () =>
        `a hover at ${line}:${column} showing ${includes.map((t) => `"${t}"`).join(' and ') || 'anything'} (last hover: ${last || 'none'})`,
    },
  );
}

/** Moves the mouse off the editor's text (to the line numbers) so no hover stays open. */
export async function moveMouseAway(page) {
  await page.keyboard.press('Escape');
  const point = await cursorPoint(page);
  await page.mouse.move(point?.gutter.x ?? 2, point?.gutter.y ?? 2);
}

/** Counts of the problem squiggles rendered in the active editor. */
export async function squiggleCount(page) {
  return page.locator('.editor-instance .monaco-editor [class*="squiggly-"]').count();
}

/** The number on the Problems tab badge (opens the Problems panel with Ctrl+Shift+M). */
export async function problemsBadgeCount(page) {
  const panel = page.locator('.markers-panel').first();
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M'); // toggles: only when hidden
  await panel.waitFor({ state: 'visible', timeout: 15_000 });
  const tab = page.locator('.part.panel .composite-bar .action-item', { hasText: /problems/i }).first();
  const badge = tab.locator('.badge-content');
  if (!(await badge.isVisible())) return 0;
  return Number((await badge.innerText()).trim());
}

/** The status bar's cursor position, e.g. { line: 5, column: 12 }. */
export async function cursorPosition(page) {
  const text = await page.locator('[id="status.editor.selection"]').innerText({ timeout: 10_000 });
  const match = /Ln (\d+), Col (\d+)/.exec(text);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** Opens an activity-bar view container by its title. */
export async function openViewContainer(page, title) {
  const item = page
    .locator(`.activitybar .action-item a[aria-label^="${title}"], .activitybar .action-item [aria-label^="${title}"]`)
    .first();
  await item.waitFor({ timeout: 15_000 });
  const expanded = await item
    .locator('xpath=..')
    .getAttribute('aria-expanded')
    .catch(() => null);
  if (expanded !== 'true') await item.click();
}

/** Visible tree rows of the side bar, as locators. */
export function sideBarRows(page, text) {
  return page.locator('.part.sidebar .monaco-list-row', text ? { hasText: text } : {});
}

/** The side bar tree row whose label is exactly `label`. */
export function treeRow(page, label) {
  return sideBarRows(page)
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
    .first();
}

/** Expands a tree row, found again on every try: rows move while the tree fills in. */
export async function expandRow(row, what) {
  await poll(
    async () => {
      const state = await row.getAttribute('aria-expanded', { timeout: 5_000 });
      if (state === 'false') await row.locator('.monaco-tl-twistie').click({ timeout: 5_000 });
      return state === 'true';
    },
    { ms: 20_000, every: 500, what: `the row ${what} expanded` },
  );
}

/** Waits until the side bar shows no progress message and reads the same twice, a second apart. */
export async function settledSideBar(page) {
  let previous;
  await poll(
    async () => {
      const text = await page.locator('.part.sidebar').innerText();
      const settled = text === previous && !/Looking for seed files|Indexing \d/.test(text);
      previous = text;
      return settled;
    },
    { ms: 60_000, every: 1_000, what: 'the side bar to settle' },
  );
}

/** Drags the side bar's edge until the side bar is `width` pixels wide. */
export async function widenSideBar(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  const edge = { x: box.x + box.width, y: box.y + box.height / 2 };
  await page.mouse.move(edge.x, edge.y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, edge.y, { steps: 5 });
  await page.mouse.up();
}
