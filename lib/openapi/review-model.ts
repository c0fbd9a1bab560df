import { isSafeSegment, operationSlugBases, webhookSlugBases } from './assign-slugs';
import { escapeToken } from './pointer';
import { originOf } from './url-policy';
import type { PreparedIssue } from './prepare-document';
import type { ApiModel, Operation } from './types';


/**
 * Warnings about what the portal had to decide for the reader, so the author
 * can see it in `portico check`: schema names that cannot be URLs as they are,
 * and operations whose server is on another origin than the API's (the console
 * will not send the reader's credentials there without asking).
 */
export function reviewModel(model: ApiModel): PreparedIssue[] {
  const issues: PreparedIssue[] = [];
  for (const [name, slug] of Object.entries(model.schemaSlugs)) {
    if (slug === name) continue;
    issues.push({
      severity: 'warning',
      code: 'schema-slug',
      message: isSafeSegment(name)
        ? `Schema "${name}" differs from another schema's name only in case; its page is schemas/${slug}/ so the two never share a folder`
        : `Schema "${name}" cannot be a URL as it is; its page is schemas/${slug}/`,
      pointer: `/components/schemas/${escapeToken(name)}`,
      hint: 'Name schemas with letters, digits, "-", "_" and "." (not starting or ending with "."), and their URLs stay their names.',
    });
  }
  const clashes: [Operation, string][] = [
    ...operationSlugBases(model.operations).map((base, i): [Operation, string] => [model.operations[i], base]),
    ...webhookSlugBases(model.webhooks).map((base, i): [Operation, string] => [model.webhooks[i], base]),
  ];
  for (const [operation, base] of clashes) {
    if (operation.slug === base) continue;
    const what = operation.kind === 'webhook' ? `Webhook "${operation.path}" (${operation.method.toUpperCase()})` : `${operation.method.toUpperCase()} ${operation.path}`;
    issues.push({
      severity: 'warning',
      code: 'slug-clash',
      message: `${what} would be at ${operation.kind === 'webhook' ? 'webhooks/' : ''}${base}/, which is taken (by another operation or a reserved page); its page is ${operation.kind === 'webhook' ? 'webhooks/' : ''}${operation.slug}/`,
      pointer: operation.pointer,
      hint: 'Give it an operationId (or name) that differs from the others after slugging, e.g. not listPets and list_pets.',
    });
  }
  // Relative or templated hosts give no origin: they follow the API's own, or cannot be compared.
  const apiOrigin = model.servers[0] && originOf(model.servers[0].url);
  if (apiOrigin === undefined) return issues;
  for (const operation of model.operations) {
    const other = operation.servers?.map((server) => originOf(server.url)).find((origin) => origin !== undefined && origin !== apiOrigin);
    if (!other) continue;
    issues.push({
      severity: 'warning',
      code: 'other-origin-server',
      message: `${operation.method.toUpperCase()} ${operation.path} is served from ${other}, not the API's ${apiOrigin}`,
      pointer: operation.pointer,
      hint: "Fine if intended: the try-it console attaches a reader's credentials there only once they allow it for the session.",
    });
  }
  return issues;
}
