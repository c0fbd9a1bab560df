'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ConsoleData } from '@/lib/tryit/console-data';
import type { TryItLoaderProps } from './types';

// The console, ajv and httpsnippet stay out of the page's first load: import() splits them off.
const importConsole = () => import('./try-it-console.client');
const TryItConsole = lazy(importConsole);

type Data = { status: 'loading' } | { status: 'ready'; data: ConsoleData } | { status: 'failed'; reason: string };

/** The console data: from the page, or fetched from its file once the console is wanted. */
function useConsoleData(source: TryItLoaderProps['source'], wanted: boolean): Data {
  const inline = 'slice' in source ? source : undefined;
  const url = 'dataUrl' in source ? source.dataUrl : undefined;
  const [fetched, setFetched] = useState<Data>({ status: 'loading' });
  useEffect(() => {
    if (!wanted || !url) return;
    // The console's code loads beside its data rather than after it.
    void importConsole();
    let live = true;
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status} for ${url}`);
        return response.json() as Promise<ConsoleData>;
      })
      .then(
        (data) => live && setFetched({ status: 'ready', data }),
        (error: unknown) => live && setFetched({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [wanted, url]);
  return inline ? { status: 'ready', data: inline } : fetched;
}

/** Loads the console when its section comes near the viewport, or at once when the reader asks for it. */
export function TryItLoader({ source, ...props }: TryItLoaderProps) {
  const [open, setOpen] = useState(false);
  const data = useConsoleData(source, open);
  const anchor = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = anchor.current;
    // Without IntersectionObserver the button below still opens the console.
    if (open || !element) return;
    // A page opened from a shared request (`#try=`, see lib/tryit/share-request) opens its console at once;
    // the console reads the request itself, so this check imports nothing into the page's first load.
    if (window.location.hash.startsWith('#try=')) {
      const frame = requestAnimationFrame(() => setOpen(true));
      return () => cancelAnimationFrame(frame);
    }
    if (!('IntersectionObserver' in window)) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setOpen(true), { rootMargin: '600px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [open]);

  return (
    <div ref={anchor} className="tryit-mount">
      {open && data.status === 'failed' ? (
        <p className="tryit-note" role="alert">
          The console could not load its data ({data.reason}). Reload the page to try again.
        </p>
      ) : open ? (
        <Suspense fallback={<p className="tryit-note">Loading the console…</p>}>
          {data.status === 'ready' ? <TryItConsole {...props} {...data.data} /> : <p className="tryit-note">Loading the console…</p>}
        </Suspense>
      ) : (
        <>
          <button type="button" className="tryit-button tryit-button-primary needs-js" onClick={() => setOpen(true)}>
            Open the console
          </button>
          <p className="tryit-note no-js-only">The console needs JavaScript. The code samples above work without it.</p>
        </>
      )}
    </div>
  );
}
