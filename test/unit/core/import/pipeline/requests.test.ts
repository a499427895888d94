// The editor command's argument and summary, and the fetcher's per-host limit, without VS Code or a network.
import assert from 'node:assert/strict';
import {
  browserNetworkError,
  DEFAULT_LIMITS,
  PageFetcher,
  retryWaitMs,
} from '../../../../../src/core/import/pipeline/http';
import { importSummary, parseImportRequest, splitUrlList } from '../../../../../src/core/import/pipeline/requests';
import type { ImportRecord } from '../../../../../src/core/import/pipeline/types';

const record = (status: ImportRecord['status']): ImportRecord => ({
  source: 's', url: null, status, file: null, date: null, dateEvidence: null, title: null, outlet: null, byline: null, words: 0,
}); // prettier-ignore

describe('import requests', () => {
  it('splits URLs on spaces and new lines, apart from words that are not http(s) addresses', () => {
    assert.deepEqual(splitUrlList(' https://a.example/1\nhttp://b.example/2  https://a.example/1\tftp://c '), {
      urls: ['https://a.example/1', 'http://b.example/2'],
      invalid: ['ftp://c'],
    });
  });

  it('validates the command argument', () => {
    assert.equal(parseImportRequest(undefined), undefined);
    assert.deepEqual(parseImportRequest({ urls: ['https://a.example/x'] }), {
      urls: ['https://a.example/x'],
      files: [],
      text: undefined,
      clipboard: false,
    });
    assert.match(String(parseImportRequest({ urls: ['javascript:alert(1)'] })), /not http\(s\) addresses/);
    assert.match(String(parseImportRequest({ urls: 'https://a.example' })), /list of strings/);
    assert.match(String(parseImportRequest({ files: [1] })), /list of URIs/);
    assert.match(String(parseImportRequest({})), /nothing to import/);
    assert.match(String(parseImportRequest('https://a.example')), /takes \{ urls\?/);
  });

  it('summarises a batch', () => {
    const records = [...Array(18)]
      .map(() => record('imported'))
      .concat(record('duplicate'), record('duplicate'), record('failed'));
    assert.equal(importSummary(records), 'Imported 18 articles, 2 duplicates, 1 failed');
    assert.equal(importSummary([record('imported')]), 'Imported 1 article');
  });
});

describe('page fetcher', () => {
  it('sends at most 2 requests at a time to one host', async () => {
    let active = 0;
    let peak = 0;
    const fakeFetch = (async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 20));
      active--;
      return new Response('<html><body>x</body></html>', { status: 200, headers: { 'content-type': 'text/html' } });
    }) as unknown as typeof fetch;
    const fetcher = new PageFetcher(
      { fetch: fakeFetch, manualRedirects: true, sleep: async () => undefined },
      { ...DEFAULT_LIMITS, userAgent: 'test' },
    );
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => fetcher.fetchUrl(`https://one.example/${n}`)));
    assert.equal(peak, 2);
  });

  it('reads Retry-After as seconds or a date, else backs off', () => {
    assert.equal(retryWaitMs('3', 0), 3000);
    assert.equal(retryWaitMs(null, 1), 2000);
    assert.ok(retryWaitMs(new Date(Date.now() + 5000).toUTCString(), 0) <= 5000);
  });

  it('in a browser, a blocked fetch is explained as CORS', async () => {
    const blocked = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const platform = {
      fetch: blocked,
      manualRedirects: false,
      sleep: async () => undefined,
      explainNetworkError: browserNetworkError,
    };
    const fetcher = new PageFetcher(platform, { ...DEFAULT_LIMITS, userAgent: 'test' });
    await assert.rejects(fetcher.fetchUrl('https://blocked.example/a'), {
      message: "the browser's CORS rules blocked this URL; save the page and import the file",
    });
  });

  it('refuses addresses that are not http(s)', async () => {
    const fetcher = new PageFetcher(
      { fetch: globalThis.fetch, manualRedirects: true, sleep: async () => undefined },
      { ...DEFAULT_LIMITS, userAgent: 'test' },
    );
    await assert.rejects(fetcher.fetchUrl('file:///etc/passwd'), /only http: and https:/);
    await assert.rejects(fetcher.fetchUrl('not a url'), /not a valid address/);
  });
});
