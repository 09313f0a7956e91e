import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './localServer';

export const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'].find((p) => existsSync(p));

/**
 * Runs nginx in the foreground with the recipe in hosting/nginx.conf, exactly as committed except for where it listens
 * and which directory it serves, inside a minimal main configuration of our own.
 */
export async function startNginx(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (!NGINX) throw new Error("nginx is not installed (on Debian: apt-get install -y nginx; .ci/run installs it).");
  const recipe = readFileSync(resolve('hosting/nginx.conf'), 'utf8');
  const port = await freePort();
  const site = recipe.replace(/listen 80;/, `listen 127.0.0.1:${port};`).replace(/root \/var\/www\/flow-explorer;/, `root ${resolve(dist)};`);
  if (site === recipe || !site.includes(`listen 127.0.0.1:${port};`) || !site.includes(resolve(dist))) {
    throw new Error('hosting/nginx.conf no longer has the `listen 80;` and `root /var/www/flow-explorer;` lines this test replaces.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'flow-explorer-nginx-'));
  const mimeTypes = [join(NGINX, '../../conf/mime.types'), '/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'].find((p) => existsSync(p));
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // The workers must be able to read dist/ wherever the clone is.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events {}',
      'http {',
      mimeTypes ? `  include ${mimeTypes};` : '',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer on ${url}: ${stderr}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    url,
    close: async () => {
      child.kill('SIGQUIT');
      await new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
