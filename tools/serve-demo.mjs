// npm start: serves the demo page and the planner on 127.0.0.1 and prints their addresses (PORT=… to
// choose the port). Problems are one line on stderr and exit code 1.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
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
    if (pathname === '/') {
      response.writeHead(302, { location: `/demo/${search}` }).end();
      return;
    }
    const relative = normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    // A folder asked without its slash (/planner): its page, at the address its relative links need.
    const isFolder = await stat(join(root, relative)).then(
      (entry) => entry.isDirectory(),
      () => false,
    );
    if (isFolder) {
      response.writeHead(302, { location: `${pathname}/${search}` }).end();
      return;
    }
    try {
      const body = await readFile(join(root, relative));
      response.writeHead(200, { 'content-type': types[extname(relative)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** The port PORT names (7861 when unset), or why it cannot be one. */
export function portFrom(text) {
  if (text === undefined || text === '') return { port: 7861 };
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (port >= 1 && port <= 65535) return { port };
  return { problem: `PORT must be a whole number from 1 to 65535, got "${text}"` };
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const chosen = portFrom(process.env.PORT);
  if (chosen.problem) fail(chosen.problem);
  const server = await serveDemo(chosen.port).catch((error) =>
    fail(
      error.code === 'EADDRINUSE'
        ? `Port ${chosen.port} is in use: stop what uses it, or choose another, e.g. PORT=${chosen.port === 65535 ? 7862 : chosen.port + 1} npm start`
        : `Cannot serve on 127.0.0.1:${chosen.port}: ${error.message}`,
    ),
  );
  const { port } = server.address();
  console.log(
    `Dreambooth Companion demo: http://127.0.0.1:${port}/  (other UIs: ?ui=2023-04-30, ?ui=2023-01-31, ?ui=2022-12-20)`,
  );
  console.log(
    `Training planner:         http://127.0.0.1:${port}/planner/  (also works opened from dist/planner/index.html; Ctrl+C stops)`,
  );
}
