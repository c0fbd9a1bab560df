import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export interface StaticServerOptions {
  /** The exported site, e.g. `out/`. */
  dir: string;
  port?: number;
  host?: string;
  /** Serve the site under this sub-path, as a host like GitHub Pages would (`/docs`). */
  basePath?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves an exported portal the way a static host does: `index.html` for folders,
 * `404.html` with status 404 for anything missing, everything under `basePath`, text
 * compressed (gzip, or Brotli when asked) as GitHub Pages, Netlify and Cloudflare do.
 */
export function startStaticServer({ dir, port = 3000, host = '127.0.0.1', basePath = '' }: StaticServerOptions): Promise<RunningServer> {
  const prefix = basePath.replace(/\/+$/, '');
  const serveFile = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundFile = path.join(dir, '404.html');
  // compression is Express middleware, written against Node's own request and response.
  const compress = compression() as unknown as (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void;

  const server = http.createServer((request, response) => compress(request, response, () => serve(request, response)));

  function serve(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (prefix && url.pathname === '/') {
      response.writeHead(302, { location: `${prefix}/` }).end();
      return;
    }
    if (prefix && !(url.pathname === prefix || url.pathname.startsWith(`${prefix}/`))) {
      sendNotFound();
      return;
    }
    if (prefix) request.url = (url.pathname.slice(prefix.length) || '/') + url.search;
    serveFile(request, response, sendNotFound);

    function sendNotFound() {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      if (fs.existsSync(notFoundFile)) fs.createReadStream(notFoundFile).pipe(response);
      else response.end('Not found');
    }
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actualPort}${prefix}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
