/**
 * A static server on 127.0.0.1 for the browser tests: the built widget under /return-assistant/<version>/,
 * test pages from test/browser/pages/ (with {{VERSION}} filled in), and a strict CSP on pages whose name starts with "csp".
 * A plain store page for each policy, with or without the CSP (`/pages/imicro.html`, `/pages/csp-igarden.html`), is
 * made from store.template.html.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

const gadgetBarn = await readFile(join(root, 'test/browser/pages/gadget-barn.json'), 'utf8');

/** The content type of each kind of file the test servers serve. */
export const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export async function startServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file =
      path.startsWith('/return-assistant/') || path.startsWith('/bench-floor/')
        ? join(root, 'dist', path)
        : path === '/favicon.svg'
          ? join(root, 'public/favicon.svg')
          : path.startsWith('/pages/')
            ? join(root, 'test/browser', path)
            : path.startsWith('/bench/')
              ? join(root, path)
              : null;
    if (!file?.startsWith(root)) {
      response.writeHead(404).end();
      return;
    }
    const store = /^\/pages\/(?:csp-)?(imicro|igarden)\.html$/.exec(path);
    try {
      let body: Buffer | string = store
        ? (await readFile(join(root, 'test/browser/pages/store.template.html'), 'utf8')).replaceAll('{{POLICY}}', store[1]!)
        : await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (extname(file) === '.html') {
        // The merchant's own policy several pages hold: one file (test/browser/pages/gadget-barn.json).
        body = body.toString('utf8').replaceAll('{{VERSION}}', version).replaceAll('{{GADGET_BARN}}', gadgetBarn);
        // Bench pages come with the widget, or (?empty) without it, or (?floor) with only the floor (Preact, signals and
        // XState doing nothing; ?floor=click: shown as one question on a click), or (?store=allbirds) with an example
        // store's own policy: the same page otherwise.
        const query = new URL(request.url ?? '/', 'http://x').searchParams;
        const script = `<script type="module" src="/return-assistant/${version}/return-assistant.js"`;
        const store = query.get('store');
        const widget = query.has('empty')
          ? ''
          : query.has('floor')
            ? '<script type="module" src="/bench-floor/floor.js"></script>'
            : store && /^[a-z-]+$/.test(store)
              ? `<script type="application/json" id="store-policy">${(await readFile(join(root, 'examples/policies', store, 'policy.json'), 'utf8')).replaceAll('</', '<\\/')}</script><return-assistant policy="#store-policy"></return-assistant>${script}></script>`
              : `${script} data-policy="imicro" data-seller="store" data-category="standard" data-facts='{"isBundle":false}' data-price="549.99" data-weight="4 lb"></script>`;
        body = body.replace('<!--WIDGET-->', widget);
        if (path.split('/').pop()!.startsWith('csp')) headers['content-security-policy'] = STRICT_CSP;
      }
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
