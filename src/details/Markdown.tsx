import { useMemo } from 'react';
import { renderMarkdown } from './renderMarkdown';

export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // Safe: renderMarkdown escapes raw HTML and sanitises the result with DOMPurify.
  return <div className={className ?? 'markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}
