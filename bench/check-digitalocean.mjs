#!/usr/bin/env node
// Benchmark: `portico check` on the DigitalOcean spec (~2,900 files) in a child process.
// Budget (issue 3): under 5 s wall time. Prints wall time, the child's peak RSS and the operation count.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const spec = path.resolve(root, 'e2e/fixtures/specs/digitalocean/specification/DigitalOcean-public.v2.yaml');
const budgetMs = 5000;
// Reported by the child itself on exit, so no dependency on /usr/bin/time.
// CPU time (user + system) is reported too: on a shared, busy machine it is steadier than wall time.
const peakHook = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('PEAK_RSS_KB='+u.maxRSS+' CPU_US='+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

const started = performance.now();
const child = spawnSync(process.execPath, ['--import', peakHook, path.join(root, 'bin/portico.mjs'), 'check', spec, '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const wallMs = Math.round(performance.now() - started);

const peakKb = Number(/PEAK_RSS_KB=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
const cpuUs = Number(/CPU_US=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
let report;
try {
  report = JSON.parse(child.stdout);
} catch {
  console.error(`portico check did not print JSON (exit ${child.status}):\n${child.stderr}`);
  process.exit(1);
}
const result = {
  bench: 'check-digitalocean',
  wallMs,
  cpuMs: Math.round(cpuUs / 1000),
  peakRssMb: Math.round(peakKb / 1024),
  exitCode: child.status,
  operations: report.operations,
  errors: report.errors.length,
  warnings: report.warnings.length,
  budgetMs,
  withinBudget: wallMs < budgetMs,
};
console.log(JSON.stringify(result));
process.exitCode = result.withinBudget && child.status === 0 ? 0 : 1;
