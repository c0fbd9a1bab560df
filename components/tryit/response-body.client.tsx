'use client';

import { useEffect, useMemo, useState } from 'react';
import { classifyBody } from '@/lib/tryit/classify-body';
import { formatBytes } from '@/lib/text/format-bytes';
import type { SendResult } from '@/lib/tryit/send-request';
import { JsonCode } from './json-code.client';

type ResponseResult = Extract<SendResult, { kind: 'response' }>;

/** Bodies beyond this are cut in the view (the whole body stays downloadable): a few MB of spans would freeze the page. */
export const VIEW_LIMIT = 200_000;

function prettyJson(text: string): string {
  if (text.length > 5_000_000) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function extensionFor(contentType: string): string {
  const sub = contentType.split(';')[0].split('/')[1] ?? 'bin';
  return sub.replace(/^.*\+/, '').replace(/[^a-z0-9]/gi, '') || 'bin';
}

/** A download URL for the body, revoked when the body changes or the view goes away. */
function useObjectUrl(bytes: Uint8Array, type: string, enabled: boolean): string | undefined {
  const url = useMemo(() => (enabled ? URL.createObjectURL(new Blob([bytes as BlobPart], { type })) : undefined), [bytes, type, enabled]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}

export function ResponseBody({ result }: { result: ResponseResult }) {
  const size = result.bodyBytes.length;
  const kind = classifyBody(result.contentType, size, result.bodyBytes);
  const [showAll, setShowAll] = useState(false);
  const text = useMemo(() => (kind === 'json' ? prettyJson(result.bodyText) : result.bodyText), [kind, result.bodyText]);
  const truncated = (kind === 'json' || kind === 'text') && !showAll && text.length > VIEW_LIMIT;
  // Only raster images keep their type: a blob URL runs on the portal's origin, so HTML
  // from an API must never be openable as a document there; downloads are plain bytes.
  const blobType = kind === 'image' ? result.contentType : 'application/octet-stream';
  const url = useObjectUrl(result.bodyBytes, blobType, kind === 'image' || kind === 'binary' || truncated);
  const fileName = `response.${extensionFor(result.contentType)}`;

  if (kind === 'empty') return <p className="tryit-note">No body.</p>;
  if (kind === 'image') {
    return (
      <div className="tryit-body">
        {url && (
          // eslint-disable-next-line @next/next/no-img-element -- a live blob URL, not a static asset next/image could optimize
          <img src={url} alt={`Response image (${result.contentType}, ${formatBytes(size)})`} className="tryit-image" />
        )}
      </div>
    );
  }
  if (kind === 'binary') {
    return (
      <p className="tryit-note">
        A binary body ({result.contentType || 'unknown type'}, {formatBytes(size)}).{' '}
        {url && (
          <a href={url} download={fileName}>
            Download it
          </a>
        )}
      </p>
    );
  }
  const visible = truncated ? text.slice(0, VIEW_LIMIT) : text;
  return (
    <div className="tryit-body">
      <pre className="tryit-code tryit-response-body" aria-label="Response body" tabIndex={0}>
        {kind === 'json' && visible.length <= VIEW_LIMIT ? <JsonCode text={visible} /> : <code>{visible}</code>}
      </pre>
      {truncated && (
        <p className="tryit-note">
          Showing the first {formatBytes(VIEW_LIMIT)} of {formatBytes(size)}.{' '}
          <button type="button" className="tryit-link-button" onClick={() => setShowAll(true)}>
            Show all
          </button>{' '}
          {url && (
            <a href={url} download={fileName}>
              Download
            </a>
          )}
        </p>
      )}
    </div>
  );
}
