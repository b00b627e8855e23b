// Query parameters that track the reader rather than name the story.
const TRACKING =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|ref|ref_src|ref_url|cmpid|cmp|smid|smtyp|ocid|icid|s_cid|ito|at_medium|at_campaign|share|shared|sh|cid|sr_share|partner)$/i;

/**
 * The address that names a story, so that one article read at several
 * addresses is one page: the page's `<link rel="canonical">` when it has one on
 * the same origin, tracking parameters and the fragment removed, the host in lower
 * case without "www." and "m." (mobile) prefixes.
 */
export function canonicalUrl(address: string, canonical?: string | null): string {
  const url = new URL(address);
  if (canonical) {
    try {
      const declared = new URL(canonical, url);
      // Only on the page's own origin (scheme, host and port): a page on one port, or one subdomain,
      // must not file annotations under another's address.
      if (/^https?:$/.test(declared.protocol) && declared.origin === url.origin) return canonicalUrl(declared.href);
    } catch {
      // a malformed canonical link is ignored
    }
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  url.hostname = siteOf(url.hostname);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href;
}

/** The site a host belongs to, for grouping: "www.bbc.co.uk" and "m.bbc.co.uk" → "bbc.co.uk". */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^(www\d?|m|mobile|amp)\./, '');
}
