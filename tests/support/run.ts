import { spawn } from 'node:child_process';

/**
 * Child processes for the tests, run asynchronously.
 *
 * A test file that waits on a build with spawnSync/execSync blocks its Vitest worker's event loop
 * for as long as the build takes; Vitest's worker↔main RPC has a fixed 60 s timeout, and on a busy
 * machine the whole run then aborts with `Timeout calling "onTaskUpdate"`. `run` keeps the event
 * loop turning while the child works, and otherwise behaves like spawnSync with `encoding: 'utf8'`:
 * the whole environment is the one given (default: this process's), stdin is closed after `input`,
 * and a child still running after `timeout` ms is killed, with `status` null.
 */

export interface RunOptions {
  /** The child's whole environment (as for spawn): pass `{ ...process.env, … }` to add to it. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Milliseconds before the child (and whatever it started) is killed; none by default. */
  timeout?: number;
  /** Written to the child's stdin, which is then closed (it is closed at once without it). */
  input?: string | Buffer;
}

export interface RunResult {
  /** Exit code; null when the child was killed by a signal (a timeout included) or did not start. */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** What the child wrote on stderr, followed by a line from `run` if it timed out or did not start. */
  stderr: string;
  timedOut: boolean;
  /** Why the child could not be started (ENOENT …). */
  error?: Error;
}

/** How long a child killed for its timeout gets to stop on SIGTERM before SIGKILL. */
const GRACE_MS = 5_000;

/**
 * Process groups still running, killed if this process exits first (a build must not outlive its
 * test). One set and one exit hook per process: the site tests share a process, and each test file
 * loads this module afresh (an exit listener per file passed Node's limit of ten and warned).
 */
const RUNNING = Symbol.for('thi-dua.tests.running-groups');
const running: Set<number> = ((globalThis as Record<symbol, Set<number> | undefined>)[RUNNING] ??= (() => {
  const groups = new Set<number>();
  process.once('exit', () => {
    for (const pid of groups) killGroup(pid, 'SIGKILL');
  });
  return groups;
})());

/** Signals the child's whole process group (npx → node astro, npm run → sh → tsx → …). */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Runs `command args` without blocking the event loop; resolves when it exited and its output is read. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    // Its own process group, so a timeout stops the grandchildren too and the pipes they hold close.
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'pipe', detached: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let error: Error | undefined;
    let timer: NodeJS.Timeout | undefined;
    let killer: NodeJS.Timeout | undefined;
    let done = false;

    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // A child that exits without reading its input must not fail the run with EPIPE.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input);

    if (child.pid !== undefined) {
      const pid = child.pid;
      running.add(pid);
      if (options.timeout) {
        timer = setTimeout(() => {
          timedOut = true;
          killGroup(pid, 'SIGTERM');
          killer = setTimeout(() => killGroup(pid, 'SIGKILL'), GRACE_MS);
        }, options.timeout);
      }
    }

    const finish = (status: number | null, signal: NodeJS.Signals | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(killer);
      if (child.pid !== undefined) running.delete(child.pid);
      let err = Buffer.concat(stderr).toString('utf8');
      if (timedOut) err += `\n[run] ${command} ${args.join(' ')}: killed after ${options.timeout} ms\n`;
      if (error) err += `\n[run] ${command} ${args.join(' ')}: ${error.message}\n`;
      resolve({ status, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: err, timedOut, error });
    };
    child.once('error', (cause) => {
      error = cause;
      // A child that never started emits no 'close'.
      if (child.pid === undefined) finish(null, null);
    });
    child.once('close', (code, signal) => finish(timedOut ? null : code, signal));
  });
}
