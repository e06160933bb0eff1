/**
 * Debian's Apache over a built site, on a loopback port, with nothing but the modules a stock
 * Debian server loads for a static site and `AllowOverride FileInfo` on the site's folder: the
 * site's own `.htaccess` does the rest. The site is copied into a folder every user can read
 * (Apache's workers leave root for www-data, and the repository may sit in a private folder).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './nginx';

export const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const MODULES = process.env.APACHE_MODULES ?? '/usr/lib/apache2/modules';

export interface RunningApache {
  url: string;
  stop: () => Promise<void>;
}

const answers = async (url: string) => {
  try {
    await fetch(url, { redirect: 'manual' });
    return true;
  } catch {
    return false;
  }
};

/** Apache serving a copy of `site` at the root of its host; its files and logs in `.tmp/apache-<name>/`. */
export async function serveWithApache(site: string, name: string): Promise<RunningApache> {
  const workDir = resolve(`.tmp/apache-${name}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const root = mkdtempSync(join(tmpdir(), 'thi-dua-apache-'));
  chmodSync(root, 0o755);
  cpSync(site, join(root, 'site'), { recursive: true });
  const port = await freePort();
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'rewrite'];
  const config = [
    `ServerRoot ${workDir}`,
    ...modules.map((module) => `LoadModule ${module}_module ${MODULES}/mod_${module}.so`),
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    `PidFile ${workDir}/apache.pid`,
    `DefaultRuntimeDir ${workDir}`,
    `ErrorLog ${workDir}/error.log`,
    ...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
    'TypesConfig /etc/mime.types',
    'DirectoryIndex index.html',
    `DocumentRoot ${root}/site`,
    '<Directory />',
    '  AllowOverride None',
    '  Require all denied',
    '</Directory>',
    `<Directory ${root}/site>`,
    '  AllowOverride FileInfo',
    '  Require all granted',
    '</Directory>',
    '<Files ".ht*">',
    '  Require all denied',
    '</Files>',
    '',
  ].join('\n');
  const file = join(workDir, 'apache2.conf');
  writeFileSync(file, config);
  const test = spawnSync(APACHE, ['-t', '-f', file], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`apache2 -t rejected the configuration:\n${test.stderr}`);
  const child = spawn(APACHE, ['-f', file, '-DFOREGROUND'], { stdio: 'pipe' });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100 && !(await answers(url)); attempt += 1) {
    if (child.exitCode !== null) throw new Error(`apache2 stopped at once (exit ${child.exitCode}); see ${workDir}/error.log`);
    await new Promise((done) => setTimeout(done, 50));
  }
  if (!(await answers(url))) {
    child.kill('SIGTERM');
    throw new Error(`apache2 did not answer on port ${port} within 5 s; see ${workDir}/error.log`);
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(root, { recursive: true, force: true });
    },
  };
}
