import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startNginx } from '../../src/cli/local-nginx';
import type { RunningNginx } from '../../src/cli/local-nginx';

/** A port free on loopback now (nginx cannot be asked for "any free port"). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Debian's nginx with the shipped configuration (or the sub-path's) over a built site, in .tmp/nginx-<name>/. */
export async function serveWithNginx(site: string, name: string, base = '/'): Promise<RunningNginx> {
  return startNginx({ site, base, port: await freePort(), workDir: `.tmp/nginx-${name}` });
}

/** One response through nginx: status, headers and the bytes as sent (not decompressed). */
export async function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; bytes: number; body: Buffer }> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const list = new Headers();
        for (const [key, value] of Object.entries(response.headers)) if (typeof value === 'string') list.set(key, value);
        resolve({ status: response.statusCode ?? 0, headers: list, bytes: body.length, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
