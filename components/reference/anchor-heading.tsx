import type { ReactNode } from 'react';

/**
 * A section heading with a visible "#" permalink. The link is hidden from
 * assistive technology so that the heading's name stays its text.
 */
/**
 * @param permalink false inside a `<summary>`: a link within the disclosure's button is a nested
 * control (axe `nested-interactive`), and the heading's id still takes the anchor.
 */
export function AnchorHeading({ level, id, children, className, permalink = true }: { level: 2 | 3 | 4; id: string; children: ReactNode; className?: string; permalink?: boolean }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className ? `anchor-heading ${className}` : 'anchor-heading'}>
      {children}
      {permalink && (
        <a className="anchor-link" href={`#${id}`} aria-hidden="true" tabIndex={-1}>
          #
        </a>
      )}
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
