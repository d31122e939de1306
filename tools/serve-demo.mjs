// npm start: serves the demo page and the planner on 127.0.0.1 and prints their addresses (PORT=… to
// choose the port).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export function serveDemo(port = 0) {
  const server = createServer(async (request, response) => {
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/' || pathname === '/demo') {
      response.writeHead(302, { location: `/demo/${search}` }).end();
      return;
    }
    const relative = normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = await readFile(join(root, relative));
      response.writeHead(200, { 'content-type': types[extname(relative)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serveDemo(Number(process.env.PORT ?? 7861));
  const { port } = server.address();
  console.log(
    `Dreambooth Companion demo: http://127.0.0.1:${port}/  (other UIs: ?ui=2023-04-30, ?ui=2023-01-31, ?ui=2022-12-20)`,
  );
  console.log(
    `Training planner:         http://127.0.0.1:${port}/planner/  (also works opened from dist/planner/index.html; Ctrl+C stops)`,
  );
}
