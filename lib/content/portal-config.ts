import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError } from './content-error';
import { parseCssColor } from '../theme/accent-palette';

const apiId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes (it becomes part of the URL)');

const IMAGE_EXTENSIONS = ['.svg', '.png', '.jpg', '.jpeg', '.webp', '.gif', '.avif'];

const FONT_EXTENSIONS = ['.woff2', '.woff', '.ttf', '.otf'];

/**
 * A brand file in the content folder: a relative path that stays inside it, so that the build
 * copies only what the team put there (never `../../.ssh/...` or an absolute path).
 */
function contentFile(extensions: string[], kind: string) {
  return z
    .string()
    .min(1, 'must not be empty')
    .refine((file) => !path.isAbsolute(file) && !/^[a-z]+:/i.test(file), 'must be a path relative to the content folder, e.g. "brand/logo.svg"')
    .refine((file) => {
      const normalized = path.posix.normalize(file.replaceAll('\\', '/'));
      return normalized !== '..' && !normalized.startsWith('../') && !normalized.split('/').some((part) => part.startsWith('.') && part !== '.');
    }, 'must stay inside the content folder (no "..", no hidden files)')
    .refine((file) => extensions.includes(path.extname(file).toLowerCase()), `must be ${kind}: ${extensions.join(', ')}`);
}

const contentImage = (extensions: string[]) => contentFile(extensions, 'an image');

/** One font file: a path, or a path with the weight (`400`, or `100 900` for a variable font) and style it covers. */
const fontFile = z.union([
  contentFile(FONT_EXTENSIONS, 'a font file'),
  z
    .object({
      file: contentFile(FONT_EXTENSIONS, 'a font file'),
      weight: z.union([z.number().int().min(1).max(1000), z.string().regex(/^\d{1,4}( \d{1,4})?$/, 'must be a weight such as 400, or a range such as "100 900"')]).optional(),
      style: z.enum(['normal', 'italic']).optional(),
    })
    .strict(),
]);
const fontFiles = z.union([fontFile, z.array(fontFile).min(1, 'must name at least one font file')]);

export const portalConfigSchema = z
  .object({
    title: z.string().min(1, 'must not be empty'),
    description: z.string().optional(),
    /** The header's logo, instead of the title: one image, or one per theme. */
    logo: z
      .union([contentImage(IMAGE_EXTENSIONS), z.object({ light: contentImage(IMAGE_EXTENSIONS), dark: contentImage(IMAGE_EXTENSIONS).optional() }).strict()])
      .optional(),
    /** The brand colour of links, active items and buttons; adjusted per theme for contrast. */
    accentColor: z
      .string()
      .refine((color) => parseCssColor(color) !== undefined, 'must be a CSS colour such as "#0b7a75", "rgb(11 122 117)" or "hsl(177 83% 26%)"')
      .optional(),
    /** Self-hosted fonts for text and for code, from the content folder (no font service is called). */
    fonts: z.object({ text: fontFiles.optional(), code: fontFiles.optional() }).strict().optional(),
    /** The browser tab's icon. */
    favicon: contentImage([...IMAGE_EXTENSIONS, '.ico']).optional(),
    /**
     * Where the portal is published (`https://docs.example.com`, without BASE_PATH): makes canonical
     * URLs, Open Graph URLs and `sitemap.xml` absolute. Without it there is no sitemap.
     */
    siteUrl: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as "https://docs.example.com"' })
      .refine((url) => !/[?#]/.test(url), 'must not have a query or fragment')
      .optional(),
    /** The image shown when a page is shared (Open Graph, Twitter): an absolute URL or a path under the site (`/social.png`). */
    socialImage: z
      .string()
      .regex(/^(https?:\/\/|\/(?!\/))/, 'must be an http(s) URL or a path starting with "/"')
      .optional(),
    /** The language of the pages (`<html lang>`), a BCP 47 tag. @default "en" */
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "en" or "pt-BR"')
      .default('en'),
    apis: z
      .array(
        z
          .object({
            id: apiId,
            spec: z.string().min(1, 'must name an OpenAPI file, relative to the content folder or absolute'),
            title: z.string().min(1).optional(),
            /** APIs that share a group are versions of one API; the first in the list is the one the navigation shows. */
            group: z.string().min(1, 'must not be empty').optional(),
            /** The label of this version in the switcher, e.g. `v2`. */
            version: z.string().min(1, 'must not be empty').optional(),
          })
          .strict(),
      )
      .default([]),
    /** What a broken link, anchor or image in a guide does to the build: fail it (default) or print a warning. */
    links: z
      .object({ onBroken: z.enum(['error', 'warn']).default('error') })
      .strict()
      .optional(),
    /** "Edit this page" link on every guide: `{path}` is the guide's path in the content folder (`docs/guides/webhooks.mdx`). */
    editUrl: z
      .url()
      .refine((url) => url.includes('{path}'), 'must contain {path}, where the guide\'s file path goes')
      .optional(),
    /** `"guide"` makes `docs/index.mdx` the home page; the default `"overview"` lists the guides and APIs. */
    home: z.enum(['overview', 'guide']).optional(),
    /** What `npm run build` publishes for AI tools and readers who want text (see README "Publishing"). */
    publish: z
      .object({
        /**
         * `false`: no `<operation>.md` file per operation page, for hosts with a file limit; the
         * operations stay in `llms-full.txt` and `llms.txt` links to their HTML pages. @default true
         */
        operationTwins: z.boolean({ error: 'must be true or false (false: operations only in llms-full.txt, no .md file per operation)' }).default(true),
      })
      .strict()
      .optional(),
    tryIt: z
      .object({
        /** URL of a `portico proxy` that forwards console requests to APIs without CORS headers. */
        proxyUrl: z.url().optional(),
        /**
         * Start every console in mock mode (answers computed in the browser from the spec).
         * Without it, mock mode is the default only for APIs with no reachable server.
         */
        mock: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.apis.forEach((api, index) => {
      if (seen.has(api.id)) {
        ctx.addIssue({ code: 'custom', path: ['apis', index, 'id'], message: `duplicate API id "${api.id}"; each API needs its own id` });
      }
      seen.add(api.id);
      if (api.group && !api.version) {
        ctx.addIssue({ code: 'custom', path: ['apis', index, 'version'], message: `is required with "group": it is the label readers pick, e.g. "v2"` });
      }
      if (api.version && !api.group) {
        ctx.addIssue({ code: 'custom', path: ['apis', index, 'group'], message: `is required with "version": APIs with the same group are versions of one API` });
      }
    });
    const versionsSeen = new Set<string>();
    config.apis.forEach((api, index) => {
      if (!api.group || !api.version) return;
      const key = `${api.group}\0${api.version}`;
      if (versionsSeen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['apis', index, 'version'], message: `"${api.version}" is already a version of group "${api.group}"; each version needs its own label` });
      }
      versionsSeen.add(key);
    });
  });

export type PortalConfig = z.infer<typeof portalConfigSchema>;
export type ApiEntry = PortalConfig['apis'][number] & {
  title: string;
  specPath: string;
  /** The content folder: besides the spec's own folder, the one place its `$ref`s may read from. */
  contentDir?: string;
};

export const CONFIG_FILE = 'portal.config.json';

function fieldName(issuePath: readonly PropertyKey[]): string {
  return issuePath.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

/** Parses and validates `portal.config.json`; throws a ContentError naming the file, the field and the reason. */
export function parsePortalConfig(text: string, file: string): PortalConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ContentError(file, `is not valid JSON: ${(error as Error).message}`);
  }
  const result = portalConfigSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = fieldName(issue.path) || undefined;
    const extra = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problem(s))` : '';
    throw new ContentError(file, `${field ? `field "${field}" ` : ''}${issue.message}${extra}`, field);
  }
  return result.data;
}

export function readPortalConfig(contentDir: string): PortalConfig {
  const file = path.join(contentDir, CONFIG_FILE);
  if (!fs.existsSync(file)) {
    throw new ContentError(file, `not found; a content folder needs a ${CONFIG_FILE} with at least {"title": "..."}`);
  }
  const config = parsePortalConfig(fs.readFileSync(file, 'utf8'), file);
  checkBrandFiles(config, contentDir, file);
  return config;
}

/** The brand images the config names, by field, relative to the content folder. */
export function brandFiles(config: PortalConfig): { field: string; file: string }[] {
  const files: { field: string; file: string }[] = [];
  if (typeof config.logo === 'string') files.push({ field: 'logo', file: config.logo });
  else if (config.logo) {
    files.push({ field: 'logo.light', file: config.logo.light });
    if (config.logo.dark) files.push({ field: 'logo.dark', file: config.logo.dark });
  }
  if (config.favicon) files.push({ field: 'favicon', file: config.favicon });
  for (const font of fontFaces(config)) files.push({ field: font.field, file: font.file });
  return files;
}

export type FontRole = 'text' | 'code';

/** One font file of the config, with the face it provides. */
export interface FontFace {
  role: FontRole;
  /** `fonts.text[0]`: the config field that names it. */
  field: string;
  file: string;
  weight?: string;
  style?: 'normal' | 'italic';
}

/** The config's font files, in order, by role. */
export function fontFaces(config: PortalConfig): FontFace[] {
  const faces: FontFace[] = [];
  for (const role of ['text', 'code'] as const) {
    const entry = config.fonts?.[role];
    const list = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
    list.forEach((font, index) => {
      const face = typeof font === 'string' ? { file: font } : font;
      faces.push({ role, field: `fonts.${role}[${index}]`, file: face.file, weight: face.weight?.toString(), style: face.style });
    });
  }
  return faces;
}

/** Each brand image must be a file that really is inside the content folder (a symlink may not lead out). */
function checkBrandFiles(config: PortalConfig, contentDir: string, configFile: string): void {
  const root = fs.realpathSync(contentDir);
  for (const { field, file } of brandFiles(config)) {
    const absolute = path.join(contentDir, file);
    let real: string;
    try {
      real = fs.realpathSync(absolute);
    } catch {
      throw new ContentError(configFile, `field "${field}" names "${file}", which does not exist in the content folder`, field);
    }
    if (!real.startsWith(root + path.sep) || !fs.statSync(real).isFile()) {
      throw new ContentError(configFile, `field "${field}" names "${file}", which is not a file inside the content folder`, field);
    }
  }
}

/** The APIs of `apiId`'s version group, in config order (itself alone when it has no group). */
export function versionsOf(apis: readonly ApiEntry[], apiId: string): ApiEntry[] {
  const api = apis.find((entry) => entry.id === apiId);
  if (!api) return [];
  return api.group ? apis.filter((entry) => entry.group === api.group) : [api];
}

/** The configured APIs with their spec paths made absolute and a title filled in. */
export function resolveApiEntries(config: PortalConfig, contentDir: string): ApiEntry[] {
  return config.apis.map((api) => ({
    ...api,
    title: api.title ?? api.id,
    specPath: path.isAbsolute(api.spec) ? api.spec : path.join(contentDir, api.spec),
    contentDir: path.resolve(contentDir),
  }));
}
