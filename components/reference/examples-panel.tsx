import type { ExampleEntry } from '@/lib/reference/list-examples';
import { TabGroup } from '@/components/layout/tab-group';
import { HighlightedCode } from './highlighted-code';

function Example({ entry, copyLabel }: { entry: ExampleEntry; copyLabel: string }) {
  return (
    <>
      <HighlightedCode code={entry.code} lang={entry.lang} copyLabel={copyLabel} />
      {entry.omittedLines && <p className="example-cut muted">{entry.omittedLines} more lines not shown.</p>}
    </>
  );
}

/** Examples for a body or for the responses: one block, or tabs when there are several. */
export function ExamplesPanel({ title, entries, id }: { title: string; entries: ExampleEntry[]; id: string }) {
  if (entries.length === 0) return null;
  const generated = entries.every((entry) => entry.source === 'generated');
  return (
    <section className="examples-panel" aria-labelledby={id}>
      <h2 id={id} className="panel-title">
        {title}
        {generated && <span className="flag">generated from the schema</span>}
      </h2>
      {entries.length === 1 ? (
        <>
          <p className="example-label">{entries[0].label}</p>
          <Example entry={entries[0]} copyLabel={`Copy ${title.toLowerCase()}`} />
        </>
      ) : (
        <TabGroup kind="code" tabs={entries.map((entry, index) => ({ id: String(index), label: entry.label }))} label={title}>
          {entries.map((entry, index) => (
            <Example key={index} entry={entry} copyLabel={`Copy ${entry.label} example`} />
          ))}
        </TabGroup>
      )}
    </section>
  );
}
