// decode.ts: BOM, valid UTF-8 over a wrong header, HTTP and <meta> charsets (also after 1 KB), windows-1252 fallback.
import assert from 'node:assert/strict';
import { charsetFromContentType, decodeBytes, sniffDeclaredCharset } from '../../../../src/core/import/decode';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('import/decode', () => {
  it('reads a Latin-1 page by its <meta charset>', () => {
    const page = latin1(
      '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 cr\u00e8me, S\u00e3o Paulo</p></body></html>',
    );
    const decoded = decodeBytes(page);
    assert.equal(decoded.source, 'meta');
    assert.equal(decoded.charset, 'windows-1252');
    assert.match(decoded.text, /Café crème, São Paulo/);
  });

  it('strips a UTF-8 byte-order mark and trusts it over a header', () => {
    const decoded = decodeBytes(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>na\u00efve</p>')]),
      'text/html; charset=iso-8859-1',
    );
    assert.equal(decoded.source, 'bom');
    assert.equal(decoded.text, '<p>naïve</p>');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const body = '<p>\u00e9t\u00e9</p>';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) bytes[2 + 2 * i] = body.charCodeAt(i);
    assert.equal(decodeBytes(bytes).text, body);
  });

  it('finds a <meta http-equiv> charset placed after the first kilobyte', () => {
    const padding = `<!-- ${'x'.repeat(1500)} -->`;
    const page = latin1(
      `<html><head>${padding}<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"></head><body>\u00e8</body></html>`,
    );
    assert.equal(sniffDeclaredCharset(page), 'iso-8859-2');
    const decoded = decodeBytes(page);
    assert.equal(decoded.charset, 'iso-8859-2');
    assert.match(decoded.text, /<body>č<\/body>/); // 0xE8 is č in ISO-8859-2, è in Latin-1
  });

  it('prefers valid multibyte UTF-8 over a wrong HTTP header that says iso-8859-1', () => {
    const page = utf8(
      '<html><head><meta charset="utf-8"></head><body><p>\u201cZ\u00fcrich\u201d \u2014 M\u00fcller</p></body></html>',
    );
    const decoded = decodeBytes(page, 'text/html; charset=iso-8859-1');
    assert.equal(decoded.source, 'valid-utf-8');
    assert.match(decoded.text, /“Zürich” — Müller/);
  });

  it('follows the HTTP header when the bytes are not UTF-8', () => {
    const decoded = decodeBytes(latin1('<p>Se\u00f1or</p>'), 'text/html; charset="ISO-8859-1"');
    assert.equal(decoded.source, 'http');
    assert.equal(decoded.text, '<p>Señor</p>');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    const decoded = decodeBytes(new Uint8Array([...ascii('<p>'), 0x93, ...ascii('quoted'), 0x94, ...ascii('</p>')]));
    assert.equal(decoded.charset, 'windows-1252');
    assert.equal(decoded.text, '<p>“quoted”</p>');
  });

  it('keeps UTF-8 for a UTF-8 page with one stray byte', () => {
    const good = utf8(`<p>${'\u00e9l\u00e8ve '.repeat(40)}</p>`);
    const decoded = decodeBytes(new Uint8Array([...good, 0xff]));
    assert.equal(decoded.charset, 'utf-8');
    assert.match(decoded.text, /élève/);
  });

  it('ignores an unknown charset label', () => {
    assert.equal(charsetFromContentType('text/html; charset=x-unknown-thing'), 'x-unknown-thing');
    assert.equal(decodeBytes(ascii('<p>plain</p>'), 'text/html; charset=x-unknown-thing').text, '<p>plain</p>');
  });
});
