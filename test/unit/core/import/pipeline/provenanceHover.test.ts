// The header hover of an imported article, built from an untrusted sidecar: everything escaped, http(s) links only.
import assert from 'node:assert/strict';
import { provenanceHoverMarkdown } from '../../../../../src/core/import/pipeline/provenanceHover';

const BASE = { target: 'articles/a.txt', retrieved: '2026-12-08T10:00:00Z', sha256: 'a'.repeat(64) };

describe('provenance hover', () => {
  it('shows the title, outlet, byline, date and a link to the page', () => {
    const md = provenanceHoverMarkdown({
      ...BASE,
      title: 'Council Votes',
      outlet: 'Gazette',
      byline: 'Jo Roe',
      published: '2021-03-04',
      url: 'https://news.example/a',
    });
    assert.match(md, /\*\*Council Votes\*\*/);
    assert.match(md, /Gazette, by Jo Roe/);
    assert.match(md, /Published 2021-03-04/);
    assert.match(md, /\[Open the page\]\(https:\/\/news\.example\/a[ )]/);
  });

  it('escapes markdown, HTML and links in the text, and refuses links that are not http(s)', () => {
    const md = provenanceHoverMarkdown({
      ...BASE,
      title: '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>',
      outlet: '**x**\n\n# big',
    });
    assert.doesNotMatch(md, /(?<!\\)\]\(command:/);
    assert.doesNotMatch(md, /(?<!\\)<img/);
    assert.doesNotMatch(md, /\n# big/);
    const script = provenanceHoverMarkdown({ ...BASE, url: 'javascript:alert(1)' });
    assert.doesNotMatch(script, /\]\(javascript/);
    const parens = provenanceHoverMarkdown({ ...BASE, url: 'https://x.example/a)b(c' });
    assert.match(parens, /\(https:\/\/x\.example\/a%29b%28c /);
  });
});
