import { MermaidDiagram } from './mermaid.client';

/** A ```` ```mermaid ```` fence: the source stays readable in a `<pre>` until (and unless) the island draws it. */
export function Mermaid({ code }: { code: string }) {
  return (
    <figure className="mermaid-diagram">
      <MermaidDiagram code={code} />
    </figure>
  );
}
