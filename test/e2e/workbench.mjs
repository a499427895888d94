// Playwright helpers that drive the VS Code workbench the way a person does: keyboard, mouse, and
// what is visible on screen. Every wait is bounded.

/** Polls `probe` until it returns a truthy value, at most `ms`. */
export async function poll(probe, { ms = 20_000, every = 250, what = 'condition' } = {}) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    last = await probe().catch(() => undefined);
    if (last) return last;
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`timed out after ${Math.round(ms / 1000)} s waiting for ${what}`);
}

export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.statusbar').waitFor({ state: 'visible', timeout: 30_000 });
}

async function typeIntoQuickInput(page, text) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(text);
  return input;
}

/** Ctrl+P, the file name, a click on its row; resolves when the editor tab is active. */
export async function quickOpen(page, fileName) {
  await page.keyboard.press('Control+P');
  await typeIntoQuickInput(page, fileName);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  await page.locator('.tab.active', { hasText: fileName }).waitFor({ timeout: 15_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

/** F1, the command's title, a click on its row. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await typeIntoQuickInput(page, `>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
}

/** Visible rows of the open quick pick, as text. */
export async function quickPickRows(page) {
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15_000 });
  return page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
}

/** Ctrl+G to a 1-based line so the editor renders it. */
export async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await typeIntoQuickInput(page, `:${line}`);
  await page.keyboard.press('Enter');
}

/**
 * Screen rectangle of the `occurrence`-th rendered `needle` in the active editor. Monaco splits
 * text into spans (tokens, decorations) and renders spaces as U+00A0, so search the joined text.
 */
export async function textRect(page, needle, occurrence = 0) {
  return page.evaluate(({ needle, occurrence }) => {
    const editor = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!editor) return null;
    const lines = [...editor.querySelectorAll('.view-line')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    let seen = 0;
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, at: text.length });
        text += node.data.replace(/\u00a0/g, ' ');
      }
      let index = text.indexOf(needle);
      while (index >= 0) {
        if (seen++ === occurrence) {
          const locate = (offset) => {
            const hit = nodes.findLast((n) => n.at <= offset) ?? nodes[0];
            return [hit.node, offset - hit.at];
          };
          const range = document.createRange();
          range.setStart(...locate(index));
          range.setEnd(...locate(index + needle.length - 1));
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, width: rect.width, height: rect.height };
        }
        index = text.indexOf(needle, index + 1);
      }
    }
    return null;
  }, { needle, occurrence });
}

/** Hovers `needle` in the editor and returns the hover's text (retried: a hover is not re-asked until the mouse moves). */
export async function hoverText(page, needle, { ms = 30_000, occurrence = 0 } = {}) {
  const hover = page.locator('.monaco-hover-content:visible').first();
  return poll(async () => {
    const rect = await textRect(page, needle, occurrence);
    if (!rect) return undefined;
    await page.mouse.move(rect.x, rect.y + rect.height + 40);
    await page.mouse.move(rect.x, rect.y, { steps: 3 });
    await hover.waitFor({ state: 'visible', timeout: 4_000 });
    const text = (await hover.innerText()).trim();
    return text || undefined;
  }, { ms, every: 500, what: `a hover over "${needle}"` });
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
  const item = page.locator(`.activitybar .action-item a[aria-label^="${title}"], .activitybar .action-item [aria-label^="${title}"]`).first();
  await item.waitFor({ timeout: 15_000 });
  const expanded = await item.locator('xpath=..').getAttribute('aria-expanded').catch(() => null);
  if (expanded !== 'true') await item.click();
}

/** Visible tree rows of the side bar, as locators. */
export function sideBarRows(page, text) {
  return page.locator('.part.sidebar .monaco-list-row', text ? { hasText: text } : {});
}
