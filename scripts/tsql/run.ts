import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { splitTsqlBatches } from '../../apps/booking-core/src/database/sql-batches';
import { analyse, type AnalysedBatch, type Finding, type TsqlCatalog } from './analyse';
import { extractFacts } from './extract';
import type { BatchFacts } from './facts';
import { parseBatch } from './parse';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface TsqlFile {
  /** Path relative to the repository, as printed in findings. */
  path: string;
  text: string;
}

/** db/mssql's scripts in the migrator's order: migrations by name, then procedures by name. */
export function mssqlFiles(root = REPO_ROOT): TsqlFile[] {
  const files: TsqlFile[] = [];
  for (const dir of ['migrations', 'procedures']) {
    const folder = path.join(root, 'db', 'mssql', dir);
    for (const name of fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.sql'))
      .sort())
      files.push({ path: `db/mssql/${dir}/${name}`, text: fs.readFileSync(path.join(folder, name), 'utf8') });
  }
  return files;
}

/** Parses one batch and extracts its facts (what a worker thread does). */
export function factsOfBatch(text: string): BatchFacts {
  const parsed = parseBatch(text);
  return extractFacts(parsed.tree, parsed.tokens, parsed.syntax);
}

/** Changes whenever the grammar or the extraction does: part of every cache key. */
function toolVersion(): string {
  const hash = createHash('sha256');
  for (const f of ['generated/TSqlLexer.js', 'generated/TSqlParser.js', 'parse.ts', 'extract.ts', 'facts.ts'])
    hash.update(fs.readFileSync(path.join(__dirname, f)));
  return hash.digest('hex').slice(0, 16);
}

export interface RunOptions {
  /** Where parsed batches are kept by content hash; null: no cache. */
  cacheDir?: string | null;
  /** Parser threads; 1 parses in this thread. Default: the cores available. */
  workers?: number;
}

export interface RunStats {
  batches: number;
  parsed: number;
  cached: number;
  workers: number;
  /** Wall time of the parsing, and the sum of the parse times of the batches parsed. */
  parseMs: number;
}

export const DEFAULT_CACHE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'check-tsql');

/**
 * Every batch of the files, with its facts: from the cache when the same text was parsed by the
 * same grammar and extraction before, otherwise parsed (in worker threads, largest first).
 */
export async function batchFacts(
  files: TsqlFile[],
  options: RunOptions = {},
): Promise<{ batches: AnalysedBatch[]; stats: RunStats }> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const version = toolVersion();
  const batches: AnalysedBatch[] = [];
  const pending: { index: number; text: string; key: string }[] = [];
  for (const file of files) {
    for (const b of splitTsqlBatches(file.text)) {
      const before = file.text.slice(0, b.offset);
      const line = before.split('\n').length;
      const col = b.offset - (before.lastIndexOf('\n') + 1) + 1;
      const key = createHash('sha256').update(version).update('\0').update(b.text).digest('hex');
      const cached = cacheDir ? readCache(cacheDir, key) : null;
      batches.push({ file: file.path, line, col, facts: cached ?? (null as unknown as BatchFacts) });
      if (!cached) pending.push({ index: batches.length - 1, text: b.text, key });
    }
  }
  const started = Date.now();
  const available =
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const workers = Math.max(1, Math.min(options.workers ?? available, pending.length));
  const results = workers > 1 ? await inWorkers(pending, workers) : pending.map((p) => factsOfBatch(p.text));
  pending.forEach((p, i) => {
    batches[p.index].facts = results[i];
    if (cacheDir) writeCache(cacheDir, p.key, results[i]);
  });
  return {
    batches,
    stats: {
      batches: batches.length,
      parsed: pending.length,
      cached: batches.length - pending.length,
      workers: pending.length > 0 ? workers : 0,
      parseMs: Date.now() - started,
    },
  };
}

async function inWorkers(jobs: { text: string }[], count: number): Promise<BatchFacts[]> {
  const results: BatchFacts[] = new Array<BatchFacts>(jobs.length);
  // Largest first, so that the longest procedure does not start last.
  const queue = jobs.map((j, id) => ({ id, text: j.text })).sort((a, b) => b.text.length - a.text.length);
  const threads = Array.from(
    { length: count },
    () =>
      new Worker(path.join(__dirname, 'worker.ts'), {
        execArgv: ['--require', require.resolve('tsx/cjs')],
      }),
  );
  try {
    await Promise.all(
      threads.map(
        (thread) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const job = queue.shift();
              if (!job) return resolve();
              thread.postMessage(job);
            };
            thread.on('message', (m: { id: number; facts: BatchFacts }) => {
              results[m.id] = m.facts;
              next();
            });
            thread.on('error', reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return results;
}

function readCache(dir: string, key: string): BatchFacts | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, `${key}.json`), 'utf8')) as BatchFacts;
  } catch {
    return null;
  }
}

function writeCache(dir: string, key: string, facts: BatchFacts): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${key}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(facts));
  fs.renameSync(tmp, file);
}

/** `npm run check:tsql` as a function: the findings, and the catalog check:procedures compares. */
export async function checkTsql(
  files: TsqlFile[] = mssqlFiles(),
  options: RunOptions = {},
): Promise<{ findings: Finding[]; catalog: TsqlCatalog; stats: RunStats }> {
  const { batches, stats } = await batchFacts(files, options);
  const { findings, catalog } = analyse(batches);
  return { findings, catalog, stats };
}
