/** A path template split once for matching: literal segments lower-cased, `{param}` segments as patterns. */
export type TemplateSegment = { literal: string } | { pattern: RegExp };

export function splitTemplate(path: string): TemplateSegment[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (!segment.includes('{')) return { literal: segment.toLowerCase() };
      // `{id}` or `{name}.json`: the parameter matches any text within one segment.
      const source = segment
        .split(/\{[^}]*\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+');
      return { pattern: new RegExp(`^${source}$`, 'i') };
    });
}

function segmentMatches(template: TemplateSegment, typed: string): 'literal' | 'param' | undefined {
  if ('literal' in template) return template.literal === typed.toLowerCase() ? 'literal' : undefined;
  // A template typed as written (`{owner}`) matches its parameter too.
  return template.pattern.test(typed) || /^\{[^}]*\}$/.test(typed) ? 'param' : undefined;
}

/**
 * How well a typed path matches a template, or 0: a whole match scores most, then a match of the
 * template's tail (the spec's paths may lack the server's `/v1` that a copied URL has, or the other
 * way round), then a typed prefix of the template (the reader is still typing); a partial match
 * needs one literal segment in common. Literal segments that
 * agree count more than parameters that accept anything, so `/repos/x/y/pulls` prefers `.../pulls`
 * over `.../{ref}`.
 */
export function scorePathMatch(template: TemplateSegment[], typed: string[]): number {
  const score = (templateStart: number, typedStart: number, length: number): number => {
    let literals = 0;
    for (let index = 0; index < length; index++) {
      const kind = segmentMatches(template[templateStart + index], typed[typedStart + index]);
      if (!kind) return 0;
      if (kind === 'literal') literals++;
    }
    return 1 + literals;
  };
  // `/` (or a bare origin) is the root path only.
  if (typed.length === 0) return template.length === 0 ? 62 : 0;
  if (template.length === typed.length) {
    const whole = score(0, 0, typed.length);
    if (whole) return 60 + 2 * whole;
  }
  if (template.length < typed.length) {
    const tail = score(0, typed.length - template.length, template.length);
    if (tail >= 2) return 40 + 2 * tail;
  }
  if (template.length > typed.length) {
    const ending = score(template.length - typed.length, 0, typed.length);
    if (ending >= 2) return 40 + 2 * ending - 1;
    const prefix = score(0, 0, typed.length);
    if (prefix >= 2) return 20 + prefix;
  }
  return 0;
}
