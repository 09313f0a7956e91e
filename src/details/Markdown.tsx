import { Fragment, memo, useMemo, type ReactNode } from 'react';
import { parseInline, parseMarkdown, type Inline } from '../flow/markdown';

function renderInline(nodes: Inline[], links = true): ReactNode {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text': return <Fragment key={i}>{node.text}</Fragment>;
      case 'code': return <code key={i}>{node.text}</code>;
      case 'strong': return <strong key={i}>{renderInline(node.children, links)}</strong>;
      case 'em': return <em key={i}>{renderInline(node.children, links)}</em>;
      case 'link': {
        if (!links) return <Fragment key={i}>{renderInline(node.children, false)}</Fragment>;
        const external = /^https?:/i.test(node.href);
        return <a key={i} href={node.href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>{renderInline(node.children)}</a>;
      }
    }
  });
}

/** One line of Markdown (a summary): code, emphasis and links, no blocks. Inside a link, pass links={false}. */
export const MarkdownInline = memo(function MarkdownInline({ source, links = true }: { source: string; links?: boolean }) {
  const nodes = useMemo(() => parseInline(source), [source]);
  return <>{renderInline(nodes, links)}</>;
});

/** Markdown from a flow file, rendered as React elements and text only (see markdown.ts). */
export const Markdown = memo(function Markdown({ source, className }: { source: string; className?: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <div className={className ?? 'markdown'}>
      {blocks.map((block, i) => {
        if (block.type === 'paragraph') return <p key={i}>{renderInline(block.children)}</p>;
        if (block.type === 'code') return <pre key={i}><code>{block.text}</code></pre>;
        const List = block.ordered ? 'ol' : 'ul';
        return <List key={i}>{block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>)}</List>;
      })}
    </div>
  );
});
