import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/demo-api.mjs', import.meta.url));

/** Runs `bin/demo-api.mjs`, waits for the line with its URL, and hands the URL to `run`. */
async function withCommand(args: string[], env: Record<string, string>, run: (url: string, output: string) => Promise<void>) {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /listening on (http:\/\/\S+)/.exec(output);
        if (found) resolve(found[1]);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`demo-api exited with ${code}: ${output}`)));
    });
    await run(url, output);
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
}

describe('bin/demo-api.mjs', () => {
  it('starts on the --port given, prints its URL and the demo credentials', async () => {
    await withCommand(['--port', '0'], {}, async (url, output) => {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(output).toContain('demo-key');
      const res = await fetch(`${url}/books?limit=1`, { headers: { Origin: 'http://localhost:3000' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    });
  });

  it('turns CORS off with --no-cors and reads the port from DEMO_API_PORT', async () => {
    await withCommand(['--no-cors'], { DEMO_API_PORT: '0' }, async (url, output) => {
      expect(output).toContain('CORS off');
      const res = await fetch(`${url}/books?limit=1`, { headers: { Origin: 'http://localhost:3000' } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('refuses a port that is not a number', async () => {
    const child = spawn(process.execPath, [bin, '--port', 'many'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(2);
    expect(stderr).toContain('"many"');
  });
});
