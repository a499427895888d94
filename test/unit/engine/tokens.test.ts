// Fast tagging (the default): compromise's lexicon and pre-tagger, with unknown title-case names repaired.
import assert from 'node:assert/strict';
import { clearParseCache, parseParagraph } from '../../../src/engine/text/tokens';

function tagsOf(text: string, word: string): ReadonlySet<string> {
  clearParseCache();
  const token = parseParagraph(text, 'fast').tokens.find((t) => t.text === word);
  assert.ok(token, `no token "${word}"`);
  return token.tags;
}

describe('fast tagging: unknown title-case words beside names are proper nouns', () => {
  const names: [text: string, word: string][] = [
    ['“We will see,” Ms. Rosengarten said.', 'Rosengarten'],
    ['“We will see,” chief economist Greta Hasseld said.', 'Hasseld'],
    ['The talks were led by Maurin Obersteld in Vienna.', 'Maurin'],
  ];
  for (const [text, word] of names) {
    it(`${word} in "${text}"`, () => {
      const tags = tagsOf(text, word);
      assert.ok(tags.has('ProperNoun'));
      assert.ok(!tags.has('Verb'));
    });
  }

  const untouched: [text: string, word: string, tag: string][] = [
    ['Reporters asked. Tweeted replies followed.', 'Tweeted', 'Verb'],
    ['The group, based in Paris, Tweeted on Friday.', 'Tweeted', 'Verb'],
    ['They said it was fine.', 'said', 'Verb'],
  ];
  for (const [text, word, tag] of untouched) {
    it(`${word} keeps ${tag} in "${text}"`, () => assert.ok(tagsOf(text, word).has(tag)));
  }
});

describe('the paragraph parse cache', () => {
  const text = 'The minister said the plan would work.';

  it('keeps a parse for the next analysis of the same paragraph', () => {
    clearParseCache();
    assert.equal(parseParagraph(text), parseParagraph(text));
  });

  it('is neither read nor filled when an article is read once (useCache false)', () => {
    clearParseCache();
    const once = parseParagraph(text, 'fast', false);
    assert.notEqual(parseParagraph(text, 'fast', false), once);
    const cached = parseParagraph(text);
    assert.notEqual(cached, once);
    assert.deepEqual(cached.tokens, once.tokens);
    assert.notEqual(parseParagraph(text, 'fast', false), cached);
  });
});
