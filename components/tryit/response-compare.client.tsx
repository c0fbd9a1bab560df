'use client';

import { formatBytes } from '@/lib/text/format-bytes';
import { compareHeaders, diffBodies, prettyBody, type DiffRow } from '@/lib/tryit/compare-responses';
import type { HistoryEntry } from '@/lib/tryit/request-history';

function Summary({ entry, side }: { entry: HistoryEntry; side: string }) {
  return (
    <div className="tryit-compare-summary">
      <h4>{side}</h4>
      <code className="tryit-history-url">
        {entry.method} {entry.url}
      </code>
      <p>
        {entry.status === undefined ? (
          <span className="tryit-meta">{entry.error ?? 'failed'}</span>
        ) : (
          <span className={`tryit-status tryit-status-${String(entry.status)[0]}xx`}>{entry.status}</span>
        )}{' '}
        <span className="tryit-meta">
          {Math.round(entry.durationMs)} ms · {formatBytes(entry.size)}
          {entry.mocked ? ' · mock' : ''}
        </span>
      </p>
    </div>
  );
}

function Cell({ side, row }: { side: 'left' | 'right'; row: DiffRow }) {
  const line = row[side];
  // Stacked on a phone, a line both sides share shows once.
  const mark = !row.changed ? (side === 'right' ? 'tryit-diff-repeat' : '') : side === 'left' ? 'tryit-diff-removed' : 'tryit-diff-added';
  return (
    <td className={`tryit-diff-cell ${line ? mark : 'tryit-diff-empty'}`}>
      {line && row.changed && <span className="visually-hidden">{side === 'left' ? 'changed in A: ' : 'changed in B: '}</span>}
      {line?.text}
    </td>
  );
}

function bodyText(entry: HistoryEntry): string | undefined {
  const response = entry.response;
  return response?.body === undefined ? undefined : prettyBody(response.body, response.contentType);
}

/** Two history entries side by side (stacked on a narrow screen): status, time, size, headers, and a line diff of the bodies. */
export default function ResponseCompare({ left, right, onClose }: { left: HistoryEntry; right: HistoryEntry; onClose: () => void }) {
  const headers = compareHeaders(left.response?.headers ?? [], right.response?.headers ?? []);
  const a = bodyText(left);
  const b = bodyText(right);
  const rows = a !== undefined && b !== undefined ? diffBodies(a, b) : undefined;
  const changes = rows?.filter((row) => row.changed).length ?? 0;
  return (
    <section className="tryit-compare" aria-label="Compare responses">
      <div className="tryit-row">
        <h3>Compare responses</h3>
        <button type="button" className="tryit-button tryit-button-quiet" onClick={onClose}>
          Close comparison
        </button>
      </div>
      <div className="tryit-compare-sides">
        <Summary entry={left} side="A (older)" />
        <Summary entry={right} side="B (newer)" />
      </div>
      <h4>Headers</h4>
      {headers.length === 0 ? (
        <p className="tryit-note">No headers kept for these entries.</p>
      ) : (
        <div className="tryit-compare-scroll">
          <table className="tryit-compare-table">
            <thead>
              <tr>
                <th scope="col">Header</th>
                <th scope="col">A</th>
                <th scope="col">B</th>
              </tr>
            </thead>
            <tbody>
              {headers.map((row) => (
                <tr key={row.name} className={row.differs ? 'tryit-diff-row-changed' : undefined}>
                  <th scope="row">{row.name}</th>
                  <td>{row.left ?? '-'}</td>
                  <td>{row.right ?? '-'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h4>Body</h4>
      {rows === undefined ? (
        <p className="tryit-note">A body is only kept for the last 10 text responses; pick two of those to compare bodies.</p>
      ) : (
        <>
          <p className="tryit-note" role="status">
            {changes === 0 ? 'The bodies are the same.' : `${changes} line${changes === 1 ? '' : 's'} differ.`}
            {left.response?.truncated || right.response?.truncated ? ' Long bodies are compared on their first 16,000 characters only.' : ''}
          </p>
          <div className="tryit-compare-scroll">
            <table className="tryit-diff" aria-label="Body differences">
              <thead>
                <tr>
                  <th scope="col">A</th>
                  <th scope="col">B</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={i}>
                    <Cell side="left" row={row} />
                    <Cell side="right" row={row} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
