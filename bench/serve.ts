import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType, listen, pageUnder } from '../e2e/localServer';
import { SECURITY_HEADERS } from '../scripts/csp';

/**
 * dist/ as a good production host serves it: gzip, long-cached assets, a flow's own page for /flows/<id>, the app for
 * every other path, the CSP.
 */
export async function serveDist(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const gzipped = new Map<string, Uint8Array>();
  return listen(
    createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const found = pageUnder(dir, path);
      if (!found && path.startsWith('/assets/')) {
        res.writeHead(404).end();
        return;
      }
      const file = found ?? join(dir, 'index.html');
      const type = contentType(file);
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && type !== 'application/octet-stream';
      let body: Uint8Array = readFileSync(file);
      if (gzip) {
        body = gzipped.get(file) ?? gzipSync(body, { level: 9 });
        gzipped.set(file, body);
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        ...SECURITY_HEADERS,
      });
      res.end(body);
    }),
  );
}
