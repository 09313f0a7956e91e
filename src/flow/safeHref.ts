/**
 * Whether a link a flow file supplies may become a link: an http(s) URL, or a path or fragment that stays on this
 * site. Everything else (javascript:, data:, vbscript:, mailto:, protocol-relative `//host`) stays text.
 * Browsers drop tabs and line breaks inside URLs and read `\\` as `/`, so `/\\evil.example` or `/<tab>/evil.example`
 * would leave the site although they look site-relative: both are checked after the same clean-up.
 */
export function isSafeHref(href: string): boolean {
  const url = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (/^https?:\/\/[^/\\]/i.test(url)) return true;
  if (url.startsWith('#')) return true;
  if (url.startsWith('/')) return !/^\/[/\\]/.test(url);
  return false;
}
