import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError } from './content-error';

/**
 * A folder's `_meta.json` (the fumadocs `meta.json` idea, with objects instead of string codes):
 * ```json
 * { "title": "Guides", "pages": ["index", "quickstart", { "separator": "Advanced" }, "webhooks",
 *   { "title": "Status page", "href": "https://status.example.com" }] }
 * ```
 * `pages` names files (without `.mdx`) and sub-folders of that folder; what it leaves out follows
 * in frontmatter `order`, then title order.
 */
export const guideMetaSchema = z
  .object({
    title: z.string().min(1, 'must not be empty').optional(),
    pages: z
      .array(
        z.union([
          z.string().min(1, 'must name a page or folder'),
          z.object({ separator: z.string() }).strict(),
          z.object({ title: z.string().min(1), href: z.url() }).strict(),
        ]),
      )
      .optional(),
    /** Whether the folder starts open in the navigation even when the current page is elsewhere. */
    defaultOpen: z.boolean().optional(),
  })
  .strict();

export type GuideMeta = z.infer<typeof guideMetaSchema>;
export type GuideMetaEntry = NonNullable<GuideMeta['pages']>[number];

export const META_FILE = '_meta.json';

/** Every `_meta.json` under `docs/`, keyed by its folder's path under `docs/` (`''` for `docs/` itself, `guides/advanced`). */
export function readGuideMetas(docsDir: string): Map<string, GuideMeta> {
  const metas = new Map<string, GuideMeta>();
  if (!fs.existsSync(docsDir)) return metas;
  const files = fs
    .readdirSync(docsDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === META_FILE)
    .map((entry) => path.join(entry.parentPath, entry.name));
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ContentError(file, `is not valid JSON: ${(error as Error).message}`);
    }
    const result = guideMetaSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue.path.map(String).join('.') || undefined;
      throw new ContentError(file, `${field ? `field "${field}" ` : ''}${issue.message}`, field);
    }
    metas.set(path.relative(docsDir, path.dirname(file)).split(path.sep).join('/'), result.data);
  }
  return metas;
}
