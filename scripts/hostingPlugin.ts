import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './csp.ts';

/** Netlify's `_headers`: the security headers on every path, and long caching for the hashed assets. */
export function netlifyHeaders(base: string): string {
  const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`).join('\n');
  return `/*\n${headers}\n${base}assets/*\n  Cache-Control: public, max-age=31536000, immutable\n`;
}

/** Netlify's `_redirects`: any path that is not a file is the app (a deep link), answered with status 200. */
export function netlifyRedirects(base: string): string {
  return `${base}*  ${base}index.html  200\n`;
}

/**
 * Everything a static host needs next to the build: the CSP as a <meta> tag in the HTML (for hosts that cannot send
 * headers), `404.html` for hosts without rewrites, Netlify's `_headers` and `_redirects`, and the same headers on
 * `vite preview`.
 */
export function hostingPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'flow-explorer-hosting',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Only in builds: the dev server's hot reload injects an inline script that a strict policy would block.
        if (config.command !== 'build') return html;
        return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        next();
      });
    },
    closeBundle() {
      if (config.command !== 'build') return;
      const out = resolve(config.root, config.build.outDir);
      // Static hosts without rewrites serve 404.html for unknown paths: the app then routes the deep link itself.
      if (existsSync(join(out, 'index.html'))) copyFileSync(join(out, 'index.html'), join(out, '404.html'));
      writeFileSync(join(out, '_headers'), netlifyHeaders(config.base));
      writeFileSync(join(out, '_redirects'), netlifyRedirects(config.base));
    },
  };
}
