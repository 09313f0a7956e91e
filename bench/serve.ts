import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from '../scripts/csp';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** dist/ as a good production host serves it: gzip, long-cached assets, the app for every other path, the CSP. */
export async function serveDist(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const cache = new Map<string, Uint8Array>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      if (path.startsWith('/assets/')) {
        res.writeHead(404).end();
        return;
      }
      file = join(dir, 'index.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && type !== 'application/octet-stream';
    let body: Uint8Array = readFileSync(file);
    if (gzip) {
      body = cache.get(file) ?? gzipSync(body, { level: 9 });
      cache.set(file, body);
    }
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...SECURITY_HEADERS,
    });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
