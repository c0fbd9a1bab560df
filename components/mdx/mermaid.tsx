/**
 * A ```` ```mermaid ```` fence: the source stays readable in a `<pre>` until (and unless)
 * components/islands/mermaid-diagrams.ts draws it.
 */
export function Mermaid({ code }: { code: string }) {
  return (
    <figure className="mermaid-diagram">
      <pre className="mermaid-source">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
