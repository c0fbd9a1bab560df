#!/usr/bin/env node
// Runs before `next build`: fails fast on a broken portal.config.json (naming file and field),
// reports broken guides and specs, and warms the spec cache the build workers share.
import { register } from 'tsx/esm/api';

register();
const { getContentDir } = await import('../lib/content/content-dir.ts');
const { checkContent } = await import('../lib/content/check-content.ts');

const contentDir = getContentDir();
const report = await checkContent(contentDir);
for (const message of report.fatal) console.error(`Error: ${message}`);
for (const message of report.errors) console.error(`Error: ${message}`);
for (const message of report.notices) console.warn(`Warning: ${message}`);
if (report.fatal.length > 0) {
  console.error(`\nThe portal in ${contentDir} cannot be built. Fix the problem above and build again.`);
  if (report.fatal.some((message) => / broken (link|image) /.test(message))) console.error('To build with broken links (printed as warnings), set "links": { "onBroken": "warn" } in portal.config.json.');
  process.exit(1);
}
if (report.errors.length > 0) {
  console.error(`\n${report.errors.length} problem(s) above: the affected pages will show them. Set PORTICO_STRICT=1 to fail the build instead.`);
  if (process.env.PORTICO_STRICT === '1') process.exit(1);
}
console.log(`Content OK: ${contentDir}${report.warnings ? ` (${report.warnings} spec warning(s); run \`portico check <spec>\` to see them)` : ''}`);
