import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The last commit date of every file under `dir` that git knows, from one `git log` for the
 * whole folder rather than one per guide (a process per page is what made "Last updated" cost
 * most of a guide's build time). Absolute path → ISO 8601 date; undefined outside a repository.
 */
export function gitCommitDates(dir: string): Map<string, string> | undefined {
  let log: string;
  try {
    // Newest first; --relative gives paths under `dir`. A NUL starts each commit's date line.
    log = execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--format=%x00%cI', '--name-only', '--relative', '--', '.'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
  const dates = new Map<string, string>();
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) date = line.slice(1).trim();
    else if (line && date) {
      const file = path.join(dir, line);
      if (!dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}

/**
 * When a guide last changed: its last commit's date when the file is in a git repository
 * (a checkout's file times are all the clone's time), else the file's modification time.
 * `commitDates` (from gitCommitDates, once per build) saves asking git for each file.
 * Returns an ISO 8601 string, or undefined when neither is known.
 */
export function lastUpdated(file: string, commitDates?: ReadonlyMap<string, string>): string | undefined {
  const committed = commitDates ? commitDates.get(file) : gitDateOf(file);
  if (committed) return committed;
  try {
    return fs.statSync(file).mtime.toISOString();
  } catch {
    return undefined;
  }
}

function gitDateOf(file: string): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cI', '--', path.basename(file)], { cwd: path.dirname(file), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    // Not a repository, or no git: the caller falls back to the file time.
    return undefined;
  }
}
