import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// HTML written in a flow file is shown as the text it is, never interpreted.
const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: { html: ({ text }) => escapeHtml(text) },
});

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'ul', 'ol', 'li', 'a', 'blockquote', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

let hooked = false;
function hookLinks() {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.getAttribute('href')?.match(/^https?:/)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

/** Markdown from a flow file → sanitised HTML: raw HTML escaped, then only a small allow-list of tags survives. */
export function renderMarkdown(markdown: string): string {
  hookLinks();
  // Headings in a description would break the panel's outline: they become emphasised paragraphs.
  const html = marked.parse(markdown.replace(/^#{1,6}\s+(.*)$/gm, '**$1**'), { async: false });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'title', 'target', 'rel'], ALLOWED_URI_REGEXP: /^(https?:|mailto:|#|\/)/i });
}
