/**
 * `npm run check:tsql`: parses every GO batch of db/mssql (split as the migrator splits them)
 * with the grammars-v4 T-SQL grammar and applies the lint rules of scripts/tsql/analyse.ts and
 * scripts/tsql/extract.ts, printing `file:line:col: message`. Exit status 1 on any finding.
 *   --no-cache     parse every batch again (parsed batches are kept by content hash in
 *                  node_modules/.cache/check-tsql)
 *   --workers N    parser threads (default: the cores available)
 *   files...       check these files instead of db/mssql (as one script, in the order given)
 * See ADR 018.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkTsql, mssqlFiles, REPO_ROOT, type TsqlFile } from './tsql/run';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let cacheDir: string | null | undefined;
  let workers: number | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--no-cache') cacheDir = null;
    else if (args[i] === '--workers') workers = Number(args[++i]);
    else paths.push(args[i]);
  }
  const files: TsqlFile[] =
    paths.length > 0
      ? paths.map((p) => ({
          path: path.relative(REPO_ROOT, path.resolve(p)).split(path.sep).join('/'),
          text: fs.readFileSync(p, 'utf8'),
        }))
      : mssqlFiles();
  const started = Date.now();
  const { findings, stats } = await checkTsql(files, { cacheDir, workers });
  for (const f of findings) process.stdout.write(`${f.file}:${f.line}:${f.col}: ${f.message}\n`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `check:tsql: ${files.length} files, ${stats.batches} batches (${stats.parsed} parsed` +
      (stats.parsed > 0 ? ` by ${stats.workers} thread${stats.workers > 1 ? 's' : ''}` : '') +
      `, ${stats.cached} from cache) in ${seconds} s: ${findings.length} finding${findings.length === 1 ? '' : 's'}\n`,
  );
  process.exitCode = findings.length > 0 ? 1 : 0;
}

main().catch((e: unknown) => {
  process.stderr.write(`check:tsql: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 2;
});
