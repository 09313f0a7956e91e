/**
 * The Content-Security-Policy the built site runs under, everywhere it is served: the Vite preview (so every e2e test
 * runs under it), the nginx recipe, Netlify's `_headers`, and a <meta> tag in the built HTML for hosts that cannot
 * send headers (GitHub Pages).
 *
 * - Scripts only from the site itself: no inline scripts, no eval. The build has no inline script and Mermaid needs none.
 * - Styles allow 'unsafe-inline' because Mermaid writes a <style> element into every diagram it draws; style rules
 *   cannot run code.
 * - Images and fonts from the site and data: URLs (the favicon is one).
 * - No frame-ancestors: embedding in docs pages anywhere is a feature. A host can add
 *   `frame-ancestors https://docs.example.com` to its header to limit where the explorer may be framed.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Headers every recipe sends with the CSP. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
