import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { collectHeadingIds, compileMdx, type CompileResult } from '../mdx/compile-mdx';
import type { LinkTargets } from '../mdx/link-targets';
import type { Guide } from './guides';
import { guideHref } from '../site/hrefs';

/** Bump when compileMdx's output or the heading ids change, so old entries are ignored. */
const CACHE_FORMAT = 'portico-guides-1';

/**
 * An on-disk cache shared by the content check and the build workers, so each guide is parsed
 * and compiled once per build instead of once per process (the check, then every worker): the
 * MDX compile is most of what a guide costs. Entries are keyed by everything the result
 * depends on; a read or write failure only costs the time of computing it again.
 */
export class GuideCache {
  constructor(private readonly dir: string | undefined) {}

  private file(parts: readonly string[]): string | undefined {
    if (!this.dir) return undefined;
    const hash = createHash('sha256');
    for (const part of [CACHE_FORMAT, ...parts]) hash.update(`${part}\0`);
    return path.join(this.dir, 'guides', `${hash.digest('hex')}.json`);
  }

  private read<T>(file: string | undefined): T | undefined {
    if (!file) return undefined;
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  private write(file: string | undefined, value: unknown) {
    if (!file) return;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Write-then-rename: a worker never reads another's half-written entry.
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(value));
      fs.renameSync(tmp, file);
    } catch {
      // A read-only or full disk only costs speed.
    }
  }

  /** The anchors of a guide's MDX body (collectHeadingIds): they depend on the body alone. */
  headingIds(body: string): string[] {
    const file = this.file(['heading-ids', body]);
    const cached = this.read<string[]>(file);
    if (cached) return cached;
    const ids = collectHeadingIds(body);
    this.write(file, ids);
    return ids;
  }

  /** A guide compiled as its page renders it, with the link check against `targets`. */
  async compile(guide: Guide, targets: LinkTargets): Promise<CompileResult> {
    const pageHref = guideHref(guide.slug);
    const links = { targets, pageHref, docsPath: guide.docsPath };
    if (!targets.fingerprint) return compileMdx(guide.body, guide.bodyLineOffset, links);
    const file = this.file(['compile', guide.body, String(guide.bodyLineOffset), pageHref, guide.docsPath, targets.fingerprint]);
    const cached = this.read<CompileResult>(file);
    if (cached) return cached;
    const result = await compileMdx(guide.body, guide.bodyLineOffset, links);
    this.write(file, result);
    return result;
  }
}
