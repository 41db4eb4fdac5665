import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, type Finding } from './analyse';
import { RULES } from './rules';
import { batchFacts, type TsqlFile } from './run';

/**
 * The self-test of `npm run check:tsql` (ADR 018): fixtures/schema.sql is correct and has no
 * finding; the lint-*.sql fixtures plant faults, each marked `-- expect: <rule>` on the line where
 * it must be reported. Every rule of RULES must be planted somewhere and report exactly there.
 */
const dir = path.join(__dirname, 'fixtures');
const read = (name: string): TsqlFile => ({
  path: `fixtures/${name}`,
  text: fs.readFileSync(path.join(dir, name), 'utf8'),
});
const schema = read('schema.sql');
const lints = fs
  .readdirSync(dir)
  .filter((f) => f.startsWith('lint-'))
  .sort()
  .map(read);

function expectations(files: TsqlFile[]): string[] {
  const out: string[] = [];
  for (const f of files)
    f.text.split('\n').forEach((line, i) => {
      const m = /--\s*expect:\s*(.+)$/.exec(line);
      if (m) for (const rule of m[1].split(',')) out.push(`${f.path}:${i + 1} ${rule.trim()}`);
    });
  return out.sort();
}

const key = (f: Finding) => `${f.file}:${f.line} ${f.rule}`;

describe('check:tsql rules', () => {
  let all: Awaited<ReturnType<typeof batchFacts>>;

  // Parsing the fixtures costs ~30 s of one core the first time; later runs read the cache
  // (node_modules/.cache/check-tsql, keyed by batch text and parser version).
  beforeAll(async () => {
    all = await batchFacts([schema, ...lints], { workers: 1 });
  }, 300_000);

  it('finds nothing in the correct schema, and reads its procedures, views and codes', () => {
    const schemaBatches = all.batches.filter((b) => b.file === schema.path);
    const { findings, catalog } = analyse(schemaBatches);
    expect(findings).toEqual([]);
    const save = catalog.routines.get('save_room')!;
    expect(save.params).toEqual([
      { name: 'p_code', output: false },
      { name: 'p_name', output: false },
    ]);
    expect(save.result).toEqual(['id', 'code', 'name', 'visits', 'same_code']);
    // Its own codes, the literal behind @v_msg, and those of the procedure it runs.
    expect([...save.raised.keys()].sort()).toEqual(['CONFLICT', 'NOT_FOUND', 'VALIDATION_FAILED']);
    expect(save.untraced).toBe(false);
    const note = catalog.routines.get('note_visit')!;
    expect(note.params).toEqual([
      { name: 'p_visit_id', output: false },
      { name: 'p_note', output: false },
      { name: 'p_count', output: true },
    ]);
    expect(note.result).toBeNull();
    expect(catalog.routines.get('count_rooms')!.result).toEqual(['rooms']);
    expect(catalog.routines.get('room_count')).toMatchObject({ kind: 'function', returns: 'scalar' });
    expect(catalog.views.get('room_view')!.columns).toEqual(['id', 'code', 'name', 'visits']);
  });

  it('reports every planted fault on its line, and nothing else', () => {
    const { findings } = analyse(all.batches);
    expect(findings.map(key).sort()).toEqual(expectations(lints));
  });

  it('plants a fault for every rule', () => {
    const planted = new Set(expectations(lints).map((e) => e.split(' ')[1]));
    expect(Object.keys(RULES).filter((r) => !planted.has(r))).toEqual([]);
    expect([...planted].filter((r) => !(r in RULES))).toEqual([]);
  });

  it('reads a batch parsed before from the cache', async () => {
    const again = await batchFacts([schema], { workers: 1 });
    expect(again.stats).toMatchObject({ parsed: 0, cached: again.stats.batches });
    expect(analyse(again.batches).findings).toEqual([]);
  });
});
