// A small static file server for the built web app (no dependencies beyond Node).
//   node scripts/static_server.mjs DIR [PORT] [HOST]   — serves DIR until interrupted
// Also imported by the browser tests, which start it on an ephemeral port.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf', '.otf': 'font/otf', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.data': 'application/octet-stream', '.csv': 'text/csv; charset=utf-8',
};

export function startServer(root, port = 0, host = '127.0.0.1') {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (urlPath.endsWith('/')) urlPath += 'index.html';
    const file = path.resolve(base, '.' + urlPath);
    if (file !== base && !file.startsWith(base + path.sep)) {  // no escaping the site folder
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found: ' + urlPath);
        return;
      }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
      });
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, port = '8080', host = '127.0.0.1'] = process.argv.slice(2);
  if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`static_server: no index.html in '${dir}'; build the web app first`);
    process.exit(2);
  }
  startServer(dir, Number(port), host).then((server) => {
    const { port: p } = server.address();
    console.log(`CarbonTwin is served at http://${host}:${p}/  (Ctrl+C to stop)`);
  }, (err) => {
    console.error(`static_server: cannot listen on ${host}:${port}: ${err.message}`);
    process.exit(1);
  });
}
