/**
 * npm run bench:triage — how long a self-triage assessment takes (R18 target: p95 ≤ 50 ms).
 * Prints figures, asserts nothing (the machine is shared).
 *
 *  1. the engine alone, in this process: every vignette's questions and assessment;
 *  2. booking-core's HTTP API (a process from the build, the demo hospital on a fresh PostgreSQL
 *     database): POST /v1/triage/assessments end to end — engine, doctors and open sessions, and
 *     the procedure that records the assessment — one client at a time, then 8 at once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Pool } from 'undici';
import {
  findTriageDataRoot,
  loadBundledKnowledgeBase,
} from '../../apps/booking-core/src/triage/kb/knowledge-base';
import { TriageEngine } from '../../apps/booking-core/src/triage/engine/triage-engine';
import { createBenchDatabase, fmt, log, percentile, startCoreProcess } from './bench-lib';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PAEDIATRIC_AGE = 14;

interface Vignette {
  id: string;
  sex: 'M' | 'F';
  age: number;
  ageMonths?: number;
  says: string[];
  duration?: string;
  pregnant?: boolean;
}

const engine = new TriageEngine(loadBundledKnowledgeBase());
const vignettes = ['ordinary.json', 'red-flags.json'].flatMap(
  (f) => JSON.parse(fs.readFileSync(path.join(findTriageDataRoot(), 'vignettes', f), 'utf8')) as Vignette[],
);

/** The request a partner would send for a vignette (symptoms from the search box, every red flag answered "no"). */
function requestOf(v: Vignette) {
  const patient = { sex: v.sex, ageYears: v.age, ageMonths: v.ageMonths, paediatricAge: PAEDIATRIC_AGE };
  const symptoms = v.says
    .map((w) => engine.catalog.search(w, patient)[0]?.symptom.code)
    .filter((c): c is string => c !== undefined);
  const input = { ...patient, symptoms, duration: v.duration as never, pregnant: v.pregnant };
  const q = engine.questions(input);
  return {
    input,
    answers: q.redFlags.map((f) => ({ code: f.code, present: false })),
    body: JSON.stringify({
      channel: 'KIOSK',
      sex: v.sex,
      ageYears: v.age,
      ...(v.ageMonths !== undefined ? { ageMonths: v.ageMonths } : {}),
      ...(q.asksPregnancy || v.pregnant !== undefined ? { pregnant: v.pregnant ?? false } : {}),
      symptoms,
      ...(v.duration ? { duration: v.duration } : {}),
      redFlags: q.redFlags.map((f) => ({ code: f.code, present: false })),
    }),
  };
}

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `p50 ${fmt(percentile(sorted, 50), 2)} ms, p95 ${fmt(percentile(sorted, 95), 2)} ms, p99 ${fmt(
    percentile(sorted, 99),
    2,
  )} ms (${sorted.length} assessments)`;
};

function engineOnly(): void {
  const requests = vignettes.map(requestOf);
  for (let i = 0; i < 200; i++)
    engine.assess(requests[i % requests.length].input, requests[i % requests.length].answers);
  const ms: number[] = [];
  for (let round = 0; round < 20; round++)
    for (const r of requests) {
      const started = performance.now();
      engine.questions(r.input);
      engine.assess(r.input, r.answers);
      ms.push(performance.now() - started);
    }
  log(`engine alone (questions + assessment, in process): ${summary(ms)}`);
}

async function throughCore(): Promise<void> {
  const db = await createBenchDatabase('bench_triage');
  const core = await startCoreProcess(db.url, { SEED_DEMO: 'true' });
  try {
    const generated = await fetch(`${core.url}/v1/sessions/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${core.tokens.scheduler}`, 'content-type': 'application/json' },
      body: '{}',
    });
    if (!generated.ok) throw new Error(`generate: HTTP ${generated.status}`);
    const bodies = vignettes.map((v) => requestOf(v).body);
    const pool = new Pool(core.url, { connections: CONCURRENCY });
    const statuses: Record<number, number> = {};
    const send = async (i: number): Promise<number> => {
      const started = performance.now();
      const res = await pool.request({
        method: 'POST',
        path: '/v1/triage/assessments',
        headers: { authorization: `Bearer ${core.tokens.agent}`, 'content-type': 'application/json' },
        body: bodies[i % bodies.length],
      });
      await res.body.text();
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      return performance.now() - started;
    };
    for (let i = 0; i < 100; i++) await send(i); // warm-up
    const sequential: number[] = [];
    for (let i = 0; i < REQUESTS; i++) sequential.push(await send(i));
    log(`booking-core HTTP, 1 client:  ${summary(sequential)}`);
    const concurrent: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) concurrent.push(await send(next++));
      }),
    );
    log(`booking-core HTTP, ${CONCURRENCY} clients: ${summary(concurrent)}`);
    log(`statuses: ${JSON.stringify(statuses)}`);
    await pool.close();
  } finally {
    await core.stop();
    await db.drop();
  }
}

async function main(): Promise<void> {
  log(`bench:triage — ${vignettes.length} vignettes, knowledge base ${engine.kb.version}`);
  engineOnly();
  await throughCore();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:triage: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
