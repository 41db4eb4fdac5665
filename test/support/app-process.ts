import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** Every line the process wrote to stdout and stderr. */
  output: string[];
  alive(): boolean;
  /** SIGKILL: no shutdown hooks, nothing in flight acknowledged. */
  kill(): Promise<void>;
  /** SIGTERM, then waits for the process to end (graceful shutdown). */
  stop(): Promise<void>;
}

/** libfaketime's settings, so a child runs on the same (possibly moved) clock as the test. */
export function fakeTimeEnv(): Record<string, string> {
  const keep = ['LD_PRELOAD', 'FAKETIME', 'FAKETIME_DONT_FAKE_MONOTONIC'];
  return Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k] as string]));
}

/**
 * One of the apps as a real child process, from the TypeScript sources (no build needed), for
 * tests that signal it, kill it, or run several workers. Resolves once `readyPath` answers 200.
 */
export async function spawnApp(
  entry: string,
  port: number,
  env: Record<string, string>,
  readyPath = '/v1/health/live',
): Promise<AppProcess> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', path.join(ROOT, entry)],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        TS_NODE_TRANSPILE_ONLY: 'true',
        TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'),
        ...fakeTimeEnv(),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  // Bounded by attempts (a slow machine gets the same number of tries), not by a clock.
  for (let attempt = 0; ; attempt++) {
    if (exited()) throw new Error(`${entry} exited: ${output.join('')}`);
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (attempt > 1200) {
      child.kill('SIGKILL');
      throw new Error(`${entry} did not start: ${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const waitExit = () =>
    exited() ? Promise.resolve() : new Promise<void>((r) => child.once('exit', () => r()));
  return {
    url,
    child,
    output,
    alive: () => !exited(),
    kill: async () => {
      child.kill('SIGKILL');
      await waitExit();
    },
    stop: async () => {
      child.kill('SIGTERM');
      await waitExit();
    },
  };
}
