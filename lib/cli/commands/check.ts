import { loadApiDetailed } from '../../openapi/load-api';
import type { Problem } from '../../openapi/types';
import type { CliIo, Command } from '../command';
import { displayPath, formatProblem, plural } from '../format-problems';

export interface CheckReport {
  title: string | null;
  version: string | null;
  source: '2.0' | '3.0.x' | '3.1.x' | null;
  operations: number;
  webhooks: number;
  schemas: number;
  tags: number;
  errors: Problem[];
  warnings: Problem[];
}

/** One key order in the JSON output, whichever stage produced the problem. */
function ordered(p: Problem): Problem {
  return { severity: p.severity, code: p.code, message: p.message, file: p.file, line: p.line, pointer: p.pointer, hint: p.hint };
}

/** Loads, bundles and validates one document; the function behind `portico check`. */
export async function checkSpec(specPath: string): Promise<CheckReport> {
  const { result, draft } = await loadApiDetailed(specPath);
  const model = result.model ?? draft;
  return {
    title: model?.info.title ?? null,
    version: model?.info.version ?? null,
    source: model?.source ?? null,
    operations: model?.operations.length ?? 0,
    webhooks: model?.webhooks.length ?? 0,
    schemas: model ? Object.keys(model.schemas).length : 0,
    tags: model?.tags.length ?? 0,
    errors: result.problems.filter((p) => p.severity === 'error').map(ordered),
    warnings: result.problems.filter((p) => p.severity === 'warning').map(ordered),
  };
}

function printText(report: CheckReport, spec: string, io: CliIo): void {
  for (const problem of [...report.errors, ...report.warnings]) io.stdout(formatProblem(problem, io.cwd) + '\n');
  if (report.errors.length + report.warnings.length > 0) io.stdout('\n');
  const counts = `${plural(report.operations, 'operation')}, ${plural(report.webhooks, 'webhook')}, ${plural(report.schemas, 'schema')}, ${plural(report.tags, 'tag')}`;
  const what = report.title !== null ? `${report.title} ${report.version} (${report.source}): ${counts}` : displayPath(spec, io.cwd);
  const verdict = report.errors.length > 0 ? 'FAIL' : 'OK';
  io.stdout(`${verdict}  ${what}; ${plural(report.errors.length, 'error')}, ${plural(report.warnings.length, 'warning')}\n`);
}

const usage = `Usage: portico check <spec> [--json]

Loads, bundles and validates one OpenAPI document (2.0, 3.0.x, 3.1.x; JSON or YAML;
one file or an entry file with relative $refs).

  --json   print {"title","version","source","operations","webhooks","schemas","tags","errors","warnings"}

Exit status: 0 when the document has no errors (warnings allowed), 1 when it has any: it
cannot be rendered, or a URL in it is not http(s) (the portal leaves that URL out).
`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'Validate an OpenAPI document and summarize it',
  usage,
  async run(argv, io) {
    const json = argv.includes('--json');
    const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json');
    const specs = argv.filter((a) => !a.startsWith('-'));
    if (unknown.length > 0 || specs.length !== 1) {
      io.stderr(`${unknown.length > 0 ? `Unknown option ${unknown[0]}\n` : 'Expected exactly one <spec>\n'}\n${usage}`);
      return 1;
    }
    const report = await checkSpec(specs[0]);
    if (json) io.stdout(JSON.stringify(report, null, 2) + '\n');
    else printText(report, specs[0], io);
    return report.errors.length > 0 ? 1 : 0;
  },
};
