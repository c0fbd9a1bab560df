'use client';

import { useEffect, useId, useState } from 'react';

function currentTheme(): 'dark' | 'default' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'default';
}

/**
 * Draws one diagram. `mermaid` (~1 MB) is imported dynamically, so only pages with a diagram
 * load it; it is drawn again when the theme toggle changes `data-theme` on `<html>`.
 */
export function MermaidDiagram({ code }: { code: string }) {
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [svg, setSvg] = useState<string>();
  const [theme, setTheme] = useState<string>();

  useEffect(() => {
    setTheme(currentTheme());
    const observer = new MutationObserver(() => setTheme(currentTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!theme) return;
    let cancelled = false;
    void (async () => {
      const { default: mermaid } = await import('mermaid');
      mermaid.initialize({ startOnLoad: false, theme: theme as 'dark' | 'default', securityLevel: 'strict' });
      try {
        const result = await mermaid.render(`${id}-${theme}`, code);
        if (!cancelled) setSvg(result.svg);
      } catch {
        // A diagram mermaid cannot parse stays as its source.
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [code, id, theme]);

  // mermaid's output under securityLevel 'strict' is sanitized by mermaid itself (DOMPurify).
  if (svg) return <div className="mermaid-svg" data-theme-drawn={theme} dangerouslySetInnerHTML={{ __html: svg }} />;
  return (
    <pre className="mermaid-source">
      <code>{code}</code>
    </pre>
  );
}
