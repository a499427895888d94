// Canonical form of an article address, for duplicate detection: tracking parameters, fragment and trailing slash go.

/** Query parameters that only track the visit (utm_*, click ids, share sources). */
const TRACKING_PARAMETER =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|ref_url|cmpid|ocid|rss|rssfeed|ito|smid|sh|at_medium|at_campaign|share|s_cid)$/i;

/**
 * The canonical form of an http(s) URL: lower-case scheme and host (`www.` kept: it may be another host), no
 * default port, no fragment, no tracking parameters, remaining parameters sorted, no trailing slash (except the
 * root). Undefined for anything that is not an http(s) URL.
 */
export function canonicalUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  const kept = [...url.searchParams]
    .filter(([key]) => !TRACKING_PARAMETER.test(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href;
}
