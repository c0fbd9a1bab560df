import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * When a guide last changed: its last commit's date when the file is in a git repository
 * (a checkout's file times are all the clone's time), else the file's modification time.
 * Returns an ISO 8601 string, or undefined when neither is known.
 */
export function lastUpdated(file: string): string | undefined {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', path.basename(file)], { cwd: path.dirname(file), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (date) return date;
  } catch {
    // Not a repository, or no git: fall back to the file time.
  }
  try {
    return fs.statSync(file).mtime.toISOString();
  } catch {
    return undefined;
  }
}
