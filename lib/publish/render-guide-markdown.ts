/**
 * The Markdown twin of a guide: its title and description, then the MDX body without `import`
 * and `export` lines (they mean nothing outside the build). Components such as `<Callout>` stay
 * as written: they read as plain tags, and an AI tool sees the structure the author wrote.
 */
export function renderGuideMarkdown(guide: { title: string; description?: string; body: string }): string {
  let fence: string | undefined;
  const kept = guide.body.split('\n').filter((line) => {
    // `import` inside a code fence is an example (Python, JS), not MDX.
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? undefined : marker;
    return fence !== undefined || marker !== undefined || !/^(import|export)\s/.test(line);
  });
  const body = kept.join('\n').trim();
  const head = [`# ${guide.title.replace(/\s+/g, ' ').trim()}`, ''];
  if (guide.description) head.push(`> ${guide.description.replace(/\s+/g, ' ').trim()}`, '');
  return `${head.join('\n')}\n${body}\n`;
}
