import { BASE_PATH } from '@/components/base-path';
import { run } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import type { ComponentProps } from 'react';
import { PageLink } from '@/components/layout/page-link';
import { CodeBlock } from './code-block';
import { Badge, Callout, Card, Cards, CodeGroup, Step, Steps, Tab, Tabs } from './guide-components';
import { referenceEmbeds } from './reference-embeds';
import { Mermaid } from './mermaid';

/** Site-absolute links get BASE_PATH (see PageLink). */
function Anchor({ href = '', ...props }: ComponentProps<'a'>) {
  return href.startsWith('/') ? <PageLink href={href} {...props} /> : <a href={href} {...props} />;
}

function Image({ src, alt = '', ...props }: ComponentProps<'img'>) {
  const resolved = typeof src === 'string' && src.startsWith('/') ? `${BASE_PATH}${src}` : src;
  // Guides are plain static HTML: next/image optimisation does not apply to an export.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={resolved} alt={alt} loading="lazy" {...props} />;
}

export function mdxComponents(defaultApiId?: string) {
  return {
    a: Anchor,
    img: Image,
    CodeBlock,
    Callout,
    Tabs,
    Tab,
    CodeGroup,
    Steps,
    Step,
    Cards,
    Card,
    Badge,
    Mermaid,
    ...referenceEmbeds(defaultApiId),
  };
}

/** Runs a guide compiled by `compileMdx` (at build time, on the server) and renders it. */
export async function MdxContent({ code, defaultApiId }: { code: string; defaultApiId?: string }) {
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return <Content components={mdxComponents(defaultApiId)} />;
}
