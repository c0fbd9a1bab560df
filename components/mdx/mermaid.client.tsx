'use client';

import { useEffect, useId, useState, useSyncExternalStore } from 'react';

type MermaidTheme = 'dark' | 'default';

function currentTheme(): MermaidTheme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'default';
}

function subscribeToTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/**
 * Draws one diagram. `mermaid` (~1 MB) is imported dynamically, so only pages with a diagram
 * load it; it is drawn again when the theme toggle changes `data-theme` on `<html>`.
 */
export function MermaidDiagram({ code }: { code: string }) {
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const theme = useSyncExternalStore<MermaidTheme | undefined>(subscribeToTheme, currentTheme, () => undefined);
  const [drawn, setDrawn] = useState<{ svg: string; theme: MermaidTheme }>();

  useEffect(() => {
    if (!theme) return;
    let cancelled = false;
    void (async () => {
      const { default: mermaid } = await import('mermaid');
      mermaid.initialize({ startOnLoad: false, theme, securityLevel: 'strict' });
      try {
        const result = await mermaid.render(`${id}-${theme}`, code);
        if (!cancelled) setDrawn({ svg: result.svg, theme });
      } catch {
        // A diagram mermaid cannot parse stays as its source.
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [code, id, theme]);

  // mermaid's output under securityLevel 'strict' is sanitized by mermaid itself (DOMPurify).
  // The last drawing stays up while the other theme's is drawn.
  if (drawn) return <div className="mermaid-svg" data-mermaid-theme={drawn.theme} dangerouslySetInnerHTML={{ __html: drawn.svg }} />;
  return (
    <pre className="mermaid-source">
      <code>{code}</code>
    </pre>
  );
}
