/**
 * A host page server for the embed e2e tests: the sample blog pages of this folder on a second
 * origin (127.0.0.1:4174), with `%APP%` replaced by the app's URL and a strict CSP of their own.
 * A test can also PUT a page to /pasted/<name> (a snippet pasted into a post) and then open it.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const port = Number(process.env.HOST_PORT ?? 4174);
const app = process.env.APP_URL ?? 'http://127.0.0.1:4173/';
const appOrigin = new URL(app).origin;
const root = import.meta.dirname;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8'
};
/** A blog that trusts only itself and the app: the loader must work under it. */
const POLICY = [
  "default-src 'self'",
  `script-src 'self' ${appOrigin}`,
  `frame-src ${appOrigin}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'"
].join('; ');

const pasted = new Map<string, string>();

function send(response: ServerResponse, type: string, text: string) {
  response.writeHead(200, {
    'Content-Type': type,
    'Content-Security-Policy': POLICY,
    'Cache-Control': 'no-store'
  });
  response.end(text.replaceAll('%APP%', app));
}

createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://host').pathname;
  if (path.startsWith('/pasted/')) {
    if (request.method === 'PUT') {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        pasted.set(path, Buffer.concat(chunks).toString('utf8'));
        response.writeHead(204).end();
      });
    } else {
      const page = pasted.get(path);
      if (page === undefined) response.writeHead(404).end('not found');
      else send(response, TYPES['.html'] ?? '', page);
    }
    return;
  }
  const file = normalize(join(root, path === '/' ? 'post.html' : path));
  const type = TYPES[extname(file)];
  if (!file.startsWith(root) || !type || file.endsWith('.ts')) {
    response.writeHead(404).end('not found');
    return;
  }
  readFile(file, 'utf8').then(
    (text) => send(response, type, text),
    () => response.writeHead(404).end('not found')
  );
}).listen(port, '127.0.0.1');
