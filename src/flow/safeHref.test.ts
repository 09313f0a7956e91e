import { describe, expect, it } from 'vitest';
import { isSafeHref } from './safeHref.ts';

describe('isSafeHref', () => {
  it('lets http(s) links and paths on this site through', () => {
    for (const href of ['https://github.com/colliery-io/brokkr', 'http://example.org/x', '/flows/brokkr-work-orders?step=x', '#details', 'HTTPS://EXAMPLE.ORG']) {
      expect(isSafeHref(href), href).toBe(true);
    }
  });

  it('keeps every other scheme and every path that leaves the site as text', () => {
    for (const href of [
      'javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>x</script>',
      'vbscript:msgbox', 'mailto:a@b.c', '//evil.example', '/\\evil.example', '/\t/evil.example', '\\\\evil.example', 'https:/\\evil.example',
      'relative/path', 'file:///etc/passwd', '',
    ]) {
      expect(isSafeHref(href), JSON.stringify(href)).toBe(false);
    }
  });
});
