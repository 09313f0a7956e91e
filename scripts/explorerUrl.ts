import { readFileSync } from 'node:fs';

/**
 * Where the explorer is hosted, for links written into docs and recognised by the link checker:
 * `EXPLORER_URL` from the environment, else `config.explorerUrl` in package.json. No trailing slash.
 */
export function explorerUrl(): string {
  const fromEnv = process.env.EXPLORER_URL;
  const fromPackage = () => (JSON.parse(readFileSync('package.json', 'utf8')) as { config?: { explorerUrl?: string } }).config?.explorerUrl;
  return (fromEnv || fromPackage() || 'http://localhost:5173').replace(/\/+$/, '');
}
