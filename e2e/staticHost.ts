import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { contentType, listen, pageUnder } from './localServer';

/**
 * A static host with no rewrites, like GitHub Pages: files under `mount` (a path also names `<path>.html`), and
 * `404.html` (status 404) for anything else. Deep links work there only because the build ships 404.html.
 */
export async function startStaticHost(dir: string, mount: string): Promise<{ url: string; close: () => Promise<void> }> {
  return listen(
    createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      // As GitHub Pages does, /flows/<id> is answered with flows/<id>.html when there is one.
      const file = path.startsWith(mount) ? pageUnder(dir, path.slice(mount.length)) : undefined;
      if (file) {
        res.writeHead(200, { 'content-type': contentType(file) });
        createReadStream(file).pipe(res);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/html' });
      createReadStream(join(dir, '404.html')).pipe(res);
    }),
  );
}
