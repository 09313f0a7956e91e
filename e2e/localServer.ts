import { existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
export const contentType = (file: string) => CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';

/** The regular file a URL path names inside `dir` (a directory means its index.html), never one outside it. */
export function fileUnder(dir: string, urlPath: string): string | undefined {
  let file = normalize(join(dir, urlPath));
  if (!file.startsWith(dir) || !existsSync(file)) return undefined;
  if (statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The file for `urlPath`, or else the page `<urlPath>.html` (a flow's own page for /flows/<id>), as static hosts answer. */
export function pageUnder(dir: string, urlPath: string): string | undefined {
  return fileUnder(dir, urlPath) ?? fileUnder(dir, `${urlPath}.html`);
}

/** Starts `server` on a free loopback port. */
export async function listen(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** A loopback port nothing listens on, for a server we do not start ourselves (nginx, Chromium's debugging port). */
export async function freePort(): Promise<number> {
  const probe = await listen(createServer());
  await probe.close();
  return Number(new URL(probe.url).port);
}
