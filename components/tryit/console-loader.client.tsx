'use client';

import { useEffect, useState } from 'react';
import type { ConsoleData } from '@/lib/tryit/console-data';
import TryItConsole from './try-it-console.client';
import type { TryItLoaderProps } from './types';

type Data = { status: 'loading' } | { status: 'ready'; data: ConsoleData } | { status: 'failed'; reason: string };

/** The console data: from the page, or fetched from its file (a large operation's). */
function useConsoleData(source: TryItLoaderProps['source']): Data {
  const inline = 'slice' in source ? source : undefined;
  const url = 'dataUrl' in source ? source.dataUrl : undefined;
  const [fetched, setFetched] = useState<Data>({ status: 'loading' });
  useEffect(() => {
    if (!url) return;
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
  }, [url]);
  return inline ? { status: 'ready', data: inline } : fetched;
}

/** The console once its data is in; mounted by components/islands/console-root.tsx when the reader comes near it. */
export function ConsoleLoader({ source, ...props }: TryItLoaderProps) {
  const data = useConsoleData(source);
  if (data.status === 'failed') {
    return (
      <p className="tryit-note" role="alert">
        The console could not load its data ({data.reason}). Reload the page to try again.
      </p>
    );
  }
  if (data.status === 'loading') return <p className="tryit-note">Loading the console…</p>;
  return <TryItConsole {...props} {...data.data} />;
}
