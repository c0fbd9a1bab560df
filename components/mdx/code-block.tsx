import { highlightCode } from '@/lib/highlight/highlight-code';
import { CopyCodeButton } from '@/components/reference/copy-code-button';
import { StaticHtml } from '@/components/static-html';

export interface CodeBlockProps {
  code: string;
  lang?: string;
  title?: string;
  /** `{1,3-4}` line ranges. */
  highlight?: string;
}

/** A highlighted code block (shiki, at build time) with a copy button. */
export async function CodeBlock({ code, lang, title, highlight }: CodeBlockProps) {
  const html = await highlightCode(code.replace(/\n$/, ''), { lang, highlightLines: highlight });
  return (
    <div className="code-block">
      {title && <div className="code-block-title">{title}</div>}
      <CopyCodeButton label={title ? `Copy ${title}` : 'Copy code'} />
      {/* Shiki escapes the code it highlights, so this HTML carries no markup from the source. */}
      <StaticHtml html={html} />
    </div>
  );
}
