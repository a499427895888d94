// Fetching a page to import, over the standard `fetch` (Node and browsers): http(s) only, redirects followed one
// by one and each checked, a timeout, a size cap read as a stream, HTML/PDF/feed types only, 429/503 retried.
import { HostLimiter } from './hostLimiter';
import type { FetchedBytes } from './types';

export interface HttpLimits {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Retries of a 429 or 503 answer. */
  retries: number;
  /** Longest wait a Retry-After may ask for. */
  maxRetryWaitMs: number;
}

export const DEFAULT_LIMITS: Omit<HttpLimits, 'userAgent'> = {
  timeoutMs: 30_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  maxRetryWaitMs: 30_000,
};

export const CORS_MESSAGE = "the browser's CORS rules blocked this URL; save the page and import the file";

/** A browser reports a CORS block (and an unreachable host) as a bare TypeError ("Failed to fetch"). */
export const browserNetworkError = (error: unknown): string | undefined =>
  error instanceof TypeError ? CORS_MESSAGE : undefined;

export const userAgentFor = (version: string): string => `SeedAnnotator/${version} (+import)`;

/** Content types that can be imported; others are refused before the body is read. */
const IMPORTABLE_TYPE =
  /^(text\/html|application\/xhtml\+xml|application\/pdf|application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)$/;

export interface HttpPlatform {
  fetch: typeof fetch;
  /** Browsers follow redirects themselves (a manual redirect is opaque there). */
  manualRedirects: boolean;
  sleep(ms: number): Promise<void>;
  /** A failed fetch in a browser: usually CORS. */
  explainNetworkError?(error: unknown): string | undefined;
}

export class PageFetcher {
  private readonly limiter = new HostLimiter(2);

  constructor(
    private readonly platform: HttpPlatform,
    private readonly limits: HttpLimits,
  ) {}

  async fetchUrl(address: string, signal?: AbortSignal): Promise<FetchedBytes> {
    let url = checkedUrl(address);
    for (let redirects = 0; ; redirects++) {
      const { response, timeout } = await this.withRetries(url, signal);
      const location = response.headers.get('location');
      if (this.platform.manualRedirects && response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined);
        if (redirects >= this.limits.maxRedirects)
          throw new Error(`too many redirects (more than ${this.limits.maxRedirects})`);
        url = checkedUrl(new URL(location, url).href);
        continue;
      }
      return this.readBody(url, response, timeout, signal);
    }
  }

  private async withRetries(url: URL, signal?: AbortSignal): Promise<{ response: Response; timeout: AbortSignal }> {
    for (let attempt = 0; ; attempt++) {
      const timeout = AbortSignal.timeout(this.limits.timeoutMs);
      const response = await this.limiter.run(url.host, () => this.request(url, timeout, signal));
      if ((response.status !== 429 && response.status !== 503) || attempt >= this.limits.retries)
        return { response, timeout };
      const wait = retryWaitMs(response.headers.get('retry-after'), attempt);
      await response.body?.cancel().catch(() => undefined);
      if (wait > this.limits.maxRetryWaitMs)
        throw new Error(
          `HTTP ${response.status}: the server asks to wait ${Math.round(wait / 1000)} s; try again later`,
        );
      await this.platform.sleep(wait);
    }
  }

  private async request(url: URL, timeout: AbortSignal, signal?: AbortSignal): Promise<Response> {
    try {
      return await this.platform.fetch(url.href, {
        headers: {
          'user-agent': this.limits.userAgent,
          accept:
            'text/html,application/xhtml+xml,application/pdf,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.1',
        },
        redirect: this.platform.manualRedirects ? 'manual' : 'follow',
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      throw this.networkError(error, timeout, signal);
    }
  }

  private networkError(error: unknown, timeout: AbortSignal, signal?: AbortSignal): Error {
    if (signal?.aborted) return new Error('cancelled');
    if (timeout.aborted) return new Error(`timed out after ${this.limits.timeoutMs / 1000} s`);
    const explained = this.platform.explainNetworkError?.(error);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return new Error(
      explained ?? `could not reach the page (${cause?.code ?? cause?.message ?? (error as Error).message})`,
    );
  }

  private async readBody(
    url: URL,
    response: Response,
    deadline: AbortSignal,
    signal?: AbortSignal,
  ): Promise<FetchedBytes> {
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const contentType = response.headers.get('content-type') ?? undefined;
    const type = contentType?.split(';')[0]?.trim().toLowerCase();
    if (type && !IMPORTABLE_TYPE.test(type)) {
      await response.body?.cancel().catch(() => undefined);
      throw new Error(`not a web page, a PDF or a feed (Content-Type: ${type})`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > this.limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new Error(tooLarge(this.limits.maxBytes));
    }
    const bytes = await readCapped(response, this.limits, deadline, signal);
    return { bytes, contentType, url: response.url || url.href };
  }
}

/** The body, chunk by chunk, stopped at the size cap or when the request's deadline passes. */
async function readCapped(
  response: Response,
  limits: HttpLimits,
  deadline: AbortSignal,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      if (deadline.aborted) throw new Error(`timed out after ${limits.timeoutMs / 1000} s`);
      if (signal?.aborted) throw new Error('cancelled');
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) throw new Error(tooLarge(limits.maxBytes));
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof Error && /^(timed out|too large|cancelled)/.test(error.message)) throw error;
    if (signal?.aborted) throw new Error('cancelled');
    throw new Error(
      deadline.aborted
        ? `timed out after ${limits.timeoutMs / 1000} s`
        : `the download failed (${(error as Error).message})`,
    );
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const tooLarge = (max: number): string => `too large: more than ${Math.round(max / 1024 / 1024)} MB`;

function checkedUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`not a valid address: ${address.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`only http: and https: addresses can be imported (${url.protocol})`);
  return url;
}

/** Retry-After as seconds or an HTTP date; without it 1 s, then 2 s. */
export function retryWaitMs(header: string | null, attempt: number): number {
  const fallback = 1000 * 2 ** attempt;
  if (!header) return fallback;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? fallback : Math.max(0, at - Date.now());
}
