/**
 * Starts Debian's nginx in the foreground on a loopback port, over a built site, with the shipped
 * configuration (deploy/nginx/thi-dua.conf) or, for a site built under a sub-path, the one
 * generated for that sub-path. Used by `npm run serve:nginx` and the tests; the caller stops it.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { localNginxConfig, nginxSiteConfig } from '../lib/publishing/nginx';

/** The configuration shipped in the repository, for a site at the root of its host. */
export const SHIPPED_NGINX_CONFIG = 'deploy/nginx/thi-dua.conf';
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface RunningNginx {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Whether something answers on the port. */
function answers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.end(), done(true)));
    socket.once('error', () => done(false));
  });
}

/**
 * nginx serving `site` (a built folder) at `base` on `port`, its own files in `workDir` (made
 * afresh). Under a sub-path, the server's root is a folder in which `site` is that sub-path.
 */
export async function startNginx(options: { site: string; port: number; workDir: string; base?: string; stdio?: 'inherit' | 'pipe' }): Promise<RunningNginx> {
  const base = options.base ?? '/';
  const workDir = resolve(options.workDir);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  let root = resolve(options.site);
  let siteConfig = resolve(SHIPPED_NGINX_CONFIG);
  if (base !== '/') {
    root = join(workDir, 'www');
    const folder = join(root, base.replace(/\/$/, ''));
    mkdirSync(dirname(folder), { recursive: true });
    symlinkSync(resolve(options.site), folder);
    siteConfig = join(workDir, 'thi-dua.conf');
    writeFileSync(siteConfig, nginxSiteConfig(base));
  }
  const config = join(workDir, 'nginx.conf');
  writeFileSync(config, localNginxConfig({ port: options.port, root, siteConfig, workDir }));
  const test = spawnSync(NGINX, ['-t', '-q', '-e', join(workDir, 'error.log'), '-c', config], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t rejected the configuration:\n${test.stderr}`);
  const child = spawn(NGINX, ['-e', join(workDir, 'error.log'), '-c', config], { stdio: options.stdio ?? 'pipe' });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (let attempt = 0; attempt < 100 && !(await answers(options.port)); attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at once (exit ${child.exitCode}); see ${workDir}/error.log`);
    await new Promise((done) => setTimeout(done, 50));
  }
  if (!(await answers(options.port))) {
    child.kill('SIGTERM');
    throw new Error(`nginx did not answer on port ${options.port} within 5 s; see ${workDir}/error.log`);
  }
  return {
    url: `http://127.0.0.1:${options.port}`,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
