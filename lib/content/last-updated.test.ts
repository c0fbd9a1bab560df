import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitCommitDates, lastUpdated } from './last-updated';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function git(args: string[], date: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
}

describe('gitCommitDates', () => {
  it('gives each file under the folder its newest commit date, from one git log', () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dates-')));
    git(['init', '-q'], '2024-01-01T00:00:00Z');
    fs.mkdirSync(path.join(dir, 'docs', 'guides'), { recursive: true });
    for (const file of ['docs/a.mdx', 'docs/guides/b.mdx', 'outside.mdx']) fs.writeFileSync(path.join(dir, file), 'one');
    git(['add', '.'], '2024-01-01T00:00:00Z');
    git(['commit', '-q', '-m', 'first'], '2024-01-01T00:00:00Z');
    fs.writeFileSync(path.join(dir, 'docs', 'guides', 'b.mdx'), 'two');
    git(['commit', '-q', '-am', 'second'], '2024-06-01T12:00:00Z');
    fs.writeFileSync(path.join(dir, 'docs', 'new.mdx'), 'not committed');

    const docs = path.join(dir, 'docs');
    const dates = gitCommitDates(docs)!;
    expect(Object.fromEntries([...dates].map(([file, date]) => [path.relative(dir, file), new Date(date).toISOString()]))).toEqual({
      'docs/guides/b.mdx': '2024-06-01T12:00:00.000Z',
      'docs/a.mdx': '2024-01-01T00:00:00.000Z',
    });
    expect(lastUpdated(path.join(docs, 'guides', 'b.mdx'), dates)).toBe(lastUpdated(path.join(docs, 'guides', 'b.mdx')));
    // Not committed yet: the file's own time.
    expect(lastUpdated(path.join(docs, 'new.mdx'), dates)).toBe(fs.statSync(path.join(docs, 'new.mdx')).mtime.toISOString());
  });

  it('is undefined outside a repository', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dates-'));
    expect(gitCommitDates(dir)).toBeUndefined();
  });
});
