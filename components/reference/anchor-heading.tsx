import type { ReactNode } from 'react';

/**
 * A section heading with a visible "#" permalink. The link is hidden from
 * assistive technology so that the heading's name stays its text.
 */
export function AnchorHeading({ level, id, children, className }: { level: 2 | 3 | 4; id: string; children: ReactNode; className?: string }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className ? `anchor-heading ${className}` : 'anchor-heading'}>
      {children}
      <a className="anchor-link" href={`#${id}`} aria-hidden="true" tabIndex={-1}>
        #
      </a>
    </Tag>
  );
}

/** The small "#" link next to a parameter or property name. */
export function AnchorLink({ id }: { id: string }) {
  return (
    <a className="anchor-link" href={`#${id}`} aria-hidden="true" tabIndex={-1}>
      #
    </a>
  );
}
