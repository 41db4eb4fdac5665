/**
 * npm run demo:history -- --months 60 [--doctors 12] [--numbers 24]
 *
 * R17: generates clearly marked demo history (DEMO-… departments and doctors, 演示患者…, booked by
 * demo:history) into the database of DATABASE_URL (PostgreSQL), rolls every day up and closes it,
 * so the dashboard has five years to show. Refuses a database that holds real (non-demo) data.
 * See scripts/demo/history-lib.ts and docs/statistics.md.
 */
import { generateHistory } from './history-lib';

function option(name: string, fallback: number, min: number, max: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < min || value > max) {
    process.stderr.write(`--${name} must be a whole number from ${min} to ${max}\n`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    process.stderr.write('demo:history needs DATABASE_URL=postgres://… (a PostgreSQL database)\n');
    process.exit(2);
  }
  const result = await generateHistory({
    url,
    months: option('months', 60, 1, 120),
    doctors: option('doctors', 12, 1, 400),
    numbers: option('numbers', 24, 1, 400),
    log: (line) => process.stdout.write(line + '\n'),
  });
  process.stdout.write(
    `demo history ${result.from} … ${result.to}: ${result.sessions} sessions, ${result.appointments} appointments, ` +
      `${result.visits} visits in ${result.seconds.toFixed(0)} s (roll-ups ${result.rollupSeconds.toFixed(0)} s)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
