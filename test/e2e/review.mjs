// End-to-end review flow: a reader corrects a wrong speaker from the hover, the Sources tree moves the
// quote under the right person, and the correction survives a reload of the window.
import fs from 'node:fs';
import path from 'node:path';
import { goToLine, hoverText, openViewContainer, poll, quickOpen, sideBarRows, waitForWorkbench } from './workbench.mjs';

const assertThat = (condition, message) => { if (!condition) throw new Error(message); };

/** Hovers until the hover shows `expected` (a hover left open keeps its content: close it and ask again). */
async function hoverUntil(page, target, expected, what) {
  let last = '';
  await poll(async () => {
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    last = await hoverText(page, target.word, { occurrence: target.occurrence, ms: 8_000 }).catch(() => '');
    return expected.every((e) => last.includes(e));
  }, { ms: 45_000, every: 500, what: `${what} (last hover: ${last})` });
  return last;
}

export function reviewSteps(page, workspace, { sampleText, speaker, speakerQuotes, lineOf, hoverTargetIn, writeScreenshots, mediaDir }) {
  const sampleName = '000_ff2cfafdf74160c4.txt';
  const quote = speakerQuotes.find((q) => hoverTargetIn(q) && q !== speakerQuotes[0]) ?? speakerQuotes.find((q) => hoverTargetIn(q));
  const target = quote && hoverTargetIn(quote);
  const corrected = 'Wolf Blitzer';
  const sidecar = path.join(workspace, '.seed-annotations', `${sampleName}.json`);
  return [
    [`the reader corrects a speaker from the hover; the Sources view moves the quote under ${corrected}`, async () => {
      assertThat(quote && target, `no quote of ${speaker} to correct`);
      assertThat(sampleText.includes(corrected), `${corrected} is not in the sample`);
      await page.keyboard.press('Escape');
      await quickOpen(page, sampleName);
      await goToLine(page, lineOf(quote.start));
      const before = await hoverText(page, target.word, { occurrence: target.occurrence });
      assertThat(before.includes(speaker), `the hover lacks the speaker ${speaker}: ${before}`);
      const change = page.locator('.monaco-hover-content:visible a', { hasText: 'Change…' }).first();
      await change.waitFor({ timeout: 10_000 });
      await change.click();
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.type(corrected);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: corrected }).first();
      await row.waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await poll(async () => fs.existsSync(sidecar) && fs.readFileSync(sidecar, 'utf8').includes(corrected), { ms: 15_000, what: `${sidecar} naming ${corrected}` });
      await hoverUntil(page, target, [corrected, `the engine said ${speaker}`], 'the hover showing the correction');
      if (writeScreenshots) await page.screenshot({ path: path.join(mediaDir, 'screenshot-review.png') });
      await page.mouse.move(5, 5);
      await openViewContainer(page, 'Seed Annotator');
      const speakerRow = sideBarRows(page, corrected).first();
      await speakerRow.waitFor({ timeout: 20_000 });
      if ((await speakerRow.getAttribute('aria-expanded')) !== 'true') await speakerRow.locator('.monaco-tl-twistie').click();
      const words = quote.text.split(/\s+/).slice(0, 4).join(' ');
      await poll(async () => (await sideBarRows(page, words).count()) > 0, { ms: 15_000, what: `the quote “${words}…” under ${corrected}` });
    }],
    ['the correction survives a reload of the window', async () => {
      assertThat(quote && target, `no quote of ${speaker} to correct`);
      await page.reload({ waitUntil: 'domcontentloaded' });
      await waitForWorkbench(page);
      await quickOpen(page, sampleName);
      await goToLine(page, lineOf(quote.start));
      await hoverUntil(page, target, [corrected, 'corrected'], 'the hover showing the correction after the reload');
    }],
  ];
}
