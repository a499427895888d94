// markdown.ts: escaping of article and sidecar text, and the only link builders, table-driven.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  commandLink,
  escapeIcons,
  escapeMarkdown,
  evidenceLink,
  notificationText,
  webUrl,
} from '../../../../src/core/presentation/markdown';
import { REVEAL_RANGE_COMMAND, REVIEW_COMMANDS } from '../../../../src/core/presentation/commandIds';
import { markdownFacts } from '../../helpers/markdownLinks';

const HOSTILE = 'X") [PWNED](command:seedAnnotator.review.confirmAll?%7B%22threshold%22%3A0%7D) ("';

describe('escapeMarkdown', () => {
  const cases: [string, string][] = [
    ['a link', HOSTILE],
    ['an autolink', '<https://evil.example/x>'],
    ['a bare URL', 'see https://evil.example/x and www.evil.example'],
    ['an image', '![x](https://evil.example/p.png)'],
    ['raw HTML', '<img src=x onerror=alert(1)><a href="command:x">y</a>'],
    ['a heading after a newline', 'first line\n# Heading\n===\nSetext'],
    ['a reference link', '[x]\n\n[x]: command:seedAnnotator.review.confirmAll'],
    ['an entity reference', '&#91;x&#93;(command:y)'],
    ['a table and emphasis', '| a | b |\n|---|---|\n**bold** _it_ ~~s~~ `code`'],
    ['a line separator', 'one\u2028# two\u2029# three'],
    ['a leading heading marker', '# Heading'],
    ['a leading list marker', '- item [x](command:y)'],
    ['an e-mail address', 'write to someone@evil.example'],
    ['a link title breaking out', 'X") [PWNED](command:a) ("'],
  ];
  for (const [what, text] of cases)
    it(`leaves ${what} as plain text`, () => {
      const facts = markdownFacts(`Note: ${escapeMarkdown(text)}`);
      assert.deepEqual(facts.links, [], 'no links');
      assert.equal(facts.html, 0, 'no HTML');
      assert.equal(facts.headings, 0, 'no headings');
      assert.equal(facts.images, 0, 'no images');
    });

  it('keeps the text readable: one line, the characters the reader wrote', () => {
    const escaped = escapeMarkdown('Mayor *Anna* Keller\nsaid [no]');
    assert.ok(!escaped.includes('\n'));
    assert.equal(escaped.replace(/\\(.)/g, '$1'), 'Mayor *Anna* Keller said [no]');
  });

  it('keeps theme icons from data literal', () => {
    assert.equal(escapeMarkdown('$(zap) now'), '\\$(zap) now');
    assert.equal(escapeIcons('$(zap) a\nb'), '\\$(zap) a b');
  });

  it('never lets any text form a link (property)', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '!',
      '\n',
      '#',
      ':',
      'command:x',
      'http://a.b',
      'www.a.b',
      '@',
      '1.',
      '-',
      ' ',
      'a',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (parts) => {
        const facts = markdownFacts(escapeMarkdown(parts.join('')));
        return facts.links.length === 0 && facts.html === 0 && facts.headings === 0 && facts.images === 0;
      }),
      { numRuns: 300 },
    );
  });
});

describe('link builders', () => {
  it('builds command links only to the product’s own commands', () => {
    const md = commandLink('Confirm', REVIEW_COMMANDS.confirmSpeaker, ['file:///a.txt', 12], 'Confirm speaker “X”');
    const facts = markdownFacts(md);
    assert.deepEqual(facts.titles, ['Confirm']);
    const [href] = facts.links;
    assert.ok(href?.startsWith(`command:${REVIEW_COMMANDS.confirmSpeaker}?`));
    assert.deepEqual(JSON.parse(decodeURIComponent(href!.split('?')[1]!)), ['file:///a.txt', 12]);
    assert.throws(() => commandLink('x', 'workbench.action.terminal.new', []), /not a linkable command/);
    assert.throws(() => commandLink('x', REVIEW_COMMANDS.confirmAll, []), /not a linkable command/);
  });

  it('escapes link titles', () => {
    const facts = markdownFacts(commandLink(HOSTILE, REVEAL_RANGE_COMMAND, ['file:///a.txt', [0, 0, 0, 1]]));
    assert.equal(facts.links.length, 1);
    assert.ok(facts.links[0]!.startsWith(`command:${REVEAL_RANGE_COMMAND}?`));
    assert.equal(facts.titles[0], HOSTILE);
  });

  const evidence: [string, string | undefined][] = [
    ['https://example.org/report', 'https://example.org/report'],
    ['http://example.org/a b', 'http://example.org/a%20b'],
    ['https://example.org/a(b)"c', 'https://example.org/a%28b%29%22c'],
    ['command:seedAnnotator.review.confirmAll?%7B%7D', undefined],
    ['javascript:alert(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['vscode://settings', undefined],
    ['example.org/relative', undefined],
  ];
  for (const [url, expected] of evidence)
    it(`evidence ${JSON.stringify(url)} → ${expected ? 'a link' : 'plain text'}`, () => {
      assert.equal(webUrl(url), expected);
      const facts = markdownFacts(evidenceLink('1', url));
      assert.deepEqual(facts.links, expected ? [expected] : []);
      assert.equal(facts.html, 0);
    });
});

describe('notificationText', () => {
  // VS Code's notifications turn `[label](command:…)` into a link (linkedText.ts); this is its pattern.
  const LINKED = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
  const cases = [
    HOSTILE,
    '[x] (command:seedAnnotator.review.undo)',
    'a\n[b](https://evil.example)',
    '[x](file:///etc/passwd) is not valid',
  ];
  for (const text of cases)
    it(`leaves no link in ${JSON.stringify(text)}`, () => {
      const out = notificationText(text);
      assert.equal([...out.matchAll(LINKED)].length, 0);
      assert.ok(!out.includes('\n'));
      assert.equal(out.replace(/\u200b/g, '').replace(/\s+/g, ' '), text.replace(/\s+/g, ' ').replace('] (', ']('));
    });
});
