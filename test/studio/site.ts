/**
 * The demo site as `vite build` builds it (the studio among its pages), built into a temporary folder
 * with the project's own Vite config and served as static files on 127.0.0.1: for the studio's browser
 * test and its load-time bench.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { TYPES } from '../browser/server.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export async function buildAndServeSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'studio-site-'));
  await build({ configFile: join(root, 'vite.config.ts'), root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = createServer(async (request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(outDir, path);
    try {
      if (!file.startsWith(outDir)) throw new Error('outside the site');
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
