import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { isSafeSegment, slugify } from '../openapi/assign-slugs';
import { ContentError } from './content-error';
import { guideHref } from '../site/hrefs';

const frontmatterSchema = z
  .object({
    title: z.string().min(1, 'must not be empty'),
    description: z.string().optional(),
    order: z.number().optional(),
    /** The guide's name in the navigation when the title is too long for it. */
    sidebar_label: z.string().min(1, 'must not be empty').optional(),
    /** Built and linkable, but left out of the navigation and previous/next. */
    hidden: z.boolean().optional(),
  })
  .loose();

export interface Guide {
  /** URL segments under `/docs/`, e.g. `['getting-started']`; `[]` for `docs/index.mdx` (`/docs/`). */
  slug: string[];
  title: string;
  /** The name in the navigation (frontmatter `sidebar_label`, else the title). */
  navTitle: string;
  hidden: boolean;
  /** The file's path under `docs/`, with `/` separators (`guides/webhooks.mdx`): what `_meta.json` names and `editUrl` fills in. */
  docsPath: string;
  description?: string;
  order: number;
  file: string;
  /** MDX source without the frontmatter. */
  body: string;
  /** Lines taken by the frontmatter, to map MDX error positions back to the file. */
  bodyLineOffset: number;
  /** Set when the guide cannot be read; the page shows it instead of the guide. */
  problem?: string;
  /** Set when the guide's URL had to be changed because another guide already had it (shown by the content check). */
  warning?: string;
}

function listMdxFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** A file or folder name as a URL segment: kept when safe, else slugged (`..`, `a b`, `?` would escape or break the export). */
function safeSegment(segment: string): string {
  return isSafeSegment(segment) ? segment : slugify(segment) || 'guide';
}

function slugOf(docsDir: string, file: string): string[] {
  const segments = path.relative(docsDir, file).replace(/\.mdx$/, '').split(path.sep);
  if (segments.at(-1) === 'index') segments.pop();
  return segments.map(safeSegment);
}

function docsPathOf(docsDir: string, file: string): string {
  return path.relative(docsDir, file).split(path.sep).join('/');
}

/**
 * Gives guides whose URLs clash (`a.mdx` and `a/index.mdx`, `Intro.mdx` and
 * `intro.mdx`: one folder on case-insensitive hosts, or two names that slug alike)
 * `-2`, `-3`, ... on their last segment, in file order, with a warning naming both files.
 */
function uniqueGuideSlugs(guides: Guide[]): Guide[] {
  const owners = new Map<string, string>();
  for (const guide of [...guides].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const base = guide.slug;
    let slug = base;
    for (let n = 2; owners.has(slug.join('/').toLowerCase()); n++) slug = [...base.slice(0, -1), `${base.at(-1) ?? 'index'}-${n}`];
    if (slug !== base) {
      const other = owners.get(base.join('/').toLowerCase());
      guide.warning = `${guide.file}: its URL ${guideHref(base)} is already taken by ${other}; this guide is at ${guideHref(slug)} (rename one of the files)`;
      guide.slug = slug;
    }
    owners.set(slug.join('/').toLowerCase(), guide.file);
  }
  return guides;
}

/** Reads one guide and validates its frontmatter; throws a ContentError naming the file and field. */
export function readGuide(docsDir: string, file: string): Guide {
  const source = fs.readFileSync(file, 'utf8');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (error) {
    throw new ContentError(file, `the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const result = frontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.join('.') || undefined;
    throw new ContentError(file, `frontmatter ${field ? `field "${field}" ` : ''}${issue.message}`, field);
  }
  return {
    slug: slugOf(docsDir, file),
    title: result.data.title,
    navTitle: result.data.sidebar_label ?? result.data.title,
    hidden: result.data.hidden ?? false,
    docsPath: docsPathOf(docsDir, file),
    description: result.data.description,
    order: result.data.order ?? Number.MAX_SAFE_INTEGER,
    file,
    body: parsed.content,
    bodyLineOffset: source.split('\n').length - parsed.content.split('\n').length,
  };
}

/** A guide whose file is broken still gets a page (saying what to fix) rather than stopping the whole build. */
function brokenGuide(docsDir: string, file: string, error: unknown): Guide {
  const slug = slugOf(docsDir, file);
  const title = slug.at(-1) ?? 'index';
  return {
    slug,
    title,
    navTitle: title,
    hidden: false,
    docsPath: docsPathOf(docsDir, file),
    order: Number.MAX_SAFE_INTEGER,
    file,
    body: '',
    bodyLineOffset: 0,
    problem: error instanceof Error ? error.message : String(error),
  };
}

function readGuideOrProblem(docsDir: string, file: string): Guide {
  try {
    return readGuide(docsDir, file);
  } catch (error) {
    if (error instanceof ContentError) return brokenGuide(docsDir, file, error);
    throw error;
  }
}

/** Every guide under `<contentDir>/docs`, in `order`, then by title. */
export function listGuides(contentDir: string): Guide[] {
  const docsDir = path.join(contentDir, 'docs');
  return uniqueGuideSlugs(listMdxFiles(docsDir).map((file) => readGuideOrProblem(docsDir, file))).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}
