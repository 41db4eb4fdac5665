/**
 * `npm run triage:pinyin [-- --check]`: writes the pinyin initials of every symptom name and
 * synonym into data/triage/v<N>/symptoms.json (see pinyin-initials.ts), or checks they are current.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { symptomInitials } from './pinyin-initials';

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const root = path.resolve(__dirname, '..', '..', 'data', 'triage');
  let stale = 0;
  for (const version of fs.readdirSync(root).filter((d) => /^v\d+$/.test(d))) {
    const file = path.join(root, version, 'symptoms.json');
    const symptoms = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      code: string;
      name: string;
      synonyms: string[];
      initials?: string[];
    }[];
    const next = symptoms.map((s) => {
      const initials = symptomInitials(s);
      if (JSON.stringify(initials) !== JSON.stringify(s.initials)) stale++;
      // Keep the field order readable: initials right after the synonyms.
      const { code, name, synonyms, initials: _old, ...rest } = s;
      return { code, name, synonyms, initials, ...rest };
    });
    if (!check) {
      const prettier = await import('prettier');
      const options = (await prettier.resolveConfig(file)) ?? {};
      fs.writeFileSync(file, await prettier.format(JSON.stringify(next), { ...options, parser: 'json' }));
    }
  }
  process.stdout.write(`triage:pinyin: ${stale} symptom(s) ${check ? 'out of date' : 'updated'}\n`);
  if (check && stale > 0) process.exit(1);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
