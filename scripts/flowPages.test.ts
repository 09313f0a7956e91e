import { describe, expect, it } from 'vitest';
import { flowPageAssets, flowPageHtml, FLOW_ROUTE, shortDescription, type Manifest } from './flowPages.ts';

const manifest: Manifest = {
  'index.html': { file: 'assets/index-a.js', imports: ['_runtime.js'], css: ['assets/index-a.css'] },
  '_runtime.js': { file: 'assets/runtime-b.js' },
  [FLOW_ROUTE]: { file: 'assets/_flowId-c.js', imports: ['_runtime.js', 'index.html', '_branches.js'], css: ['assets/_flowId-c.css'] },
  '_branches.js': { file: 'assets/branches-d.js', imports: ['index.html'], css: ['assets/branches-d.css'] },
  'virtual:flow/team-provisioning': { file: 'assets/team-provisioning-e.js' },
  'virtual:flow/other': { file: 'assets/other-f.js' },
};

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Step through how data moves." />
    <title>Flow Explorer</title>
    <script type="module" crossorigin src="/base/assets/index-a.js"></script>
    <link rel="stylesheet" crossorigin href="/base/assets/index-a.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('flowPageAssets', () => {
  it("names the route's code, what it imports beyond the entry, its stylesheets and this flow's data only", () => {
    expect(flowPageAssets(manifest, 'team-provisioning')).toEqual({
      scripts: ['assets/_flowId-c.js', 'assets/branches-d.js', 'assets/team-provisioning-e.js'],
      styles: ['assets/_flowId-c.css', 'assets/branches-d.css'],
    });
  });

  it('names no data for a flow the build did not bundle', () => {
    expect(flowPageAssets(manifest, 'missing').scripts).not.toContain(undefined);
    expect(flowPageAssets(manifest, 'missing').scripts).toHaveLength(2);
  });
});

describe('flowPageHtml', () => {
  const assets = flowPageAssets(manifest, 'team-provisioning');

  it("gives the page the flow's title and description and names its assets under the base path, in the head", () => {
    const html = flowPageHtml(INDEX, { title: 'Team provisioning', summary: 'A team is created and **provisioned** with `POST /teams`.' }, assets, '/base/');
    expect(html).toContain('<title>Team provisioning · Flow Explorer</title>');
    expect(html).toContain('<meta name="description" content="A team is created and provisioned with POST /teams." />');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="modulepreload" crossorigin href="/base/assets/team-provisioning-e.js">');
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/base/assets/_flowId-c.css">');
    expect(html.match(/index-a\.(js|css)/g)).toHaveLength(2);
  });

  it('writes text from the flow file as text, never as markup', () => {
    const html = flowPageHtml(INDEX, { title: '</title><script>alert(1)</script>', summary: 'Say "hi" & <b>bye</b>' }, assets, '/');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Flow Explorer</title>');
    expect(html).toContain('content="Say &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt;"');
  });
});

describe('shortDescription', () => {
  it('keeps a short summary whole, on one line', () => {
    expect(shortDescription('Two\nlines.')).toBe('Two lines.');
  });

  it('cuts a long one at a word, with an ellipsis', () => {
    const cut = shortDescription(`${'word '.repeat(60)}end`, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/^(word )*word…$/);
  });
});
