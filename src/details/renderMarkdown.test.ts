import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './renderMarkdown';

describe('renderMarkdown', () => {
  it('renders the Markdown a description uses', () => {
    const html = renderMarkdown('Reads `task:{id}` and **updates** it; see [the code](https://github.com/x/y).\n\n- one\n- two');
    expect(html).toContain('<code>task:{id}</code>');
    expect(html).toContain('<strong>updates</strong>');
    expect(html).toContain('<a href="https://github.com/x/y" target="_blank" rel="noopener noreferrer">the code</a>');
    expect(html).toContain('<li>one</li>');
  });

  it('shows raw HTML as text instead of interpreting it', () => {
    const html = renderMarkdown('Hello <img src=x onerror="alert(1)"> and <script>alert(2)</script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x');
  });

  it('drops javascript: links', () => {
    const html = renderMarkdown('[click](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click');
  });

  it('turns headings into bold text so the panel outline stays intact', () => {
    expect(renderMarkdown('# Big')).toBe('<p><strong>Big</strong></p>\n');
  });
});
