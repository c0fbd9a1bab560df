import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { PageLink } from '@/components/layout/page-link';
import { TabGroup } from '@/components/layout/tab-group';

const CALLOUT_TITLES = { note: 'Note', tip: 'Tip', warning: 'Warning', danger: 'Danger' } as const;

export function Callout({ type = 'note', title, children }: { type?: keyof typeof CALLOUT_TITLES; title?: string; children: ReactNode }) {
  const kind = type in CALLOUT_TITLES ? type : 'note';
  return (
    <aside className={`callout callout-${kind}`} role="note">
      <div className="callout-title">{title ?? CALLOUT_TITLES[kind]}</div>
      {children}
    </aside>
  );
}

/** Only a wrapper: `Tabs` reads each Tab's title and content. */
export function Tab({ children }: { title: string; children: ReactNode }) {
  return <>{children}</>;
}

function elementsOf(children: ReactNode): ReactElement<Record<string, unknown>>[] {
  return Children.toArray(children).filter(isValidElement) as ReactElement<Record<string, unknown>>[];
}

export function Tabs({ children }: { children: ReactNode }) {
  const tabs = elementsOf(children);
  return (
    <TabGroup kind="guide" tabs={tabs.map((tab, index) => ({ id: String(index), label: String(tab.props.title ?? `Tab ${index + 1}`) }))}>
      {tabs.map((tab) => tab.props.children as ReactNode)}
    </TabGroup>
  );
}

/** Code blocks as tabs, each named by its fence's `title` (else its language). */
export function CodeGroup({ children }: { children: ReactNode }) {
  const blocks = elementsOf(children);
  return (
    <TabGroup kind="guide" className="code-group" tabs={blocks.map((block, index) => ({ id: String(index), label: String(block.props.title ?? block.props.lang ?? `Code ${index + 1}`) }))}>
      {blocks}
    </TabGroup>
  );
}

export function Steps({ children }: { children: ReactNode }) {
  return <ol className="steps">{children}</ol>;
}

export function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="step">
      <div className="step-title">{title}</div>
      {children}
    </li>
  );
}

export function Cards({ children }: { children: ReactNode }) {
  return <ul className="card-grid">{children}</ul>;
}

export function Card({ title, href, children }: { title: string; href: string; children?: ReactNode }) {
  const body = (
    <>
      <strong>{title}</strong>
      {children && <span>{children}</span>}
    </>
  );
  const external = /^[a-z]+:/i.test(href);
  return (
    <li>
      {external ? (
        <a className="card" href={href}>
          {body}
        </a>
      ) : (
        <PageLink className="card" href={href}>
          {body}
        </PageLink>
      )}
    </li>
  );
}

export function Badge({ children }: { children: ReactNode }) {
  return <span className="badge">{children}</span>;
}
