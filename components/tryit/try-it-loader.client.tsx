'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { TryItProps } from './types';

// The console, ajv and httpsnippet stay out of the page's first load: import() splits them off.
const TryItConsole = lazy(() => import('./try-it-console.client'));

/** Loads the console when its section comes near the viewport, or at once when the reader asks for it. */
export function TryItLoader(props: TryItProps) {
  const [open, setOpen] = useState(false);
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
      {open ? (
        <Suspense fallback={<p className="tryit-note">Loading the console…</p>}>
          <TryItConsole {...props} />
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
