type MermaidTheme = 'dark' | 'default';

function currentTheme(): MermaidTheme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'default';
}

let drawing = 0;

/**
 * Draws each diagram (components/mdx/mermaid.tsx) in the current theme, keeping its source for
 * the next theme. The last drawing stays up while the other theme's is drawn; a diagram mermaid
 * cannot parse stays as its source.
 */
async function drawAll(figures: HTMLElement[]): Promise<void> {
  const theme = currentTheme();
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, theme, securityLevel: 'strict' });
  for (const figure of figures) {
    const code = figure.querySelector('.mermaid-source code')?.textContent ?? figure.dataset.source;
    if (!code || figure.dataset.drawnTheme === theme) continue;
    figure.dataset.source = code;
    try {
      const { svg } = await mermaid.render(`mermaid-${(drawing += 1)}`, code);
      if (currentTheme() !== theme) return;
      const view = document.createElement('div');
      view.className = 'mermaid-svg';
      view.dataset.mermaidTheme = theme;
      // Under securityLevel 'strict' mermaid sanitizes its own output (DOMPurify).
      view.innerHTML = svg;
      figure.replaceChildren(view);
      figure.dataset.drawnTheme = theme;
    } catch {
      // Left as its source.
    }
  }
}

/** `mermaid` (~1 MB) is imported only on pages with a diagram, and draws again when the theme changes. */
export function startMermaidDiagrams(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure.mermaid-diagram')];
  if (figures.length === 0) return;
  void drawAll(figures);
  new MutationObserver(() => void drawAll(figures)).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
