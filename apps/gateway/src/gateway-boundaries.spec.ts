import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const FORBIDDEN = [/^typeorm/, /^@nestjs\/typeorm/, /^pg$/, /^pg\//, /^mssql/, /^@electric-sql\//];

/** Every module reachable from the gateway's entry point, following relative and @app/ imports. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);
    seen.set(file, specifiers);
    for (const s of specifiers) {
      const base = s.startsWith('.')
        ? path.resolve(path.dirname(file), s)
        : s.startsWith('@app/')
          ? path.join(ROOT, 'libs', s.slice(5).split('/')[0], 'src', ...s.slice(5).split('/').slice(1))
          : null;
      if (!base) continue;
      const resolved = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
      if (resolved) queue.push(resolved);
    }
  }
  return seen;
}

describe('the gateway holds no database connection (DESIGN §1, R20)', () => {
  const graph = reachable(path.join(__dirname, 'main.ts'));

  it('walks a real import graph', () => {
    expect(graph.size).toBeGreaterThan(30);
    expect([...graph.keys()].some((f) => f.includes('libs/partner-client'))).toBe(true);
  });

  it('never imports database code or booking-core', () => {
    const offenders = [...graph].flatMap(([file, specifiers]) =>
      specifiers
        .filter((s) => FORBIDDEN.some((p) => p.test(s)) || s.includes('booking-core'))
        .map((s) => `${path.relative(ROOT, file)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
    expect(
      [...graph.keys()].filter((f) => f.includes('apps/booking-core') || f.includes('libs/testing')),
    ).toEqual([]);
  });
});
