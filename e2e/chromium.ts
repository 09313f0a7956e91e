import { existsSync } from 'node:fs';

/** Debian's Chromium (Playwright's own browser download is not available here). */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install it with: apt-get update && apt-get install -y chromium — or set CHROMIUM_PATH to a Chromium/Chrome binary.`,
    );
  }
  return found;
}
