/**
 * tsx scripts/bench/profile-summary.ts FILE.cpuprofile [TOP] [LAST_SECONDS] — where a V8 CPU profile's time went:
 * self time by function (with its file) and by package (node_modules/<name>, node: internals, our
 * own code by app/lib), as shares of all samples. Used for decision 035 and decision 036; prints only.
 */
import * as fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

function bucket(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  if (url.startsWith('node:')) return url;
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  const own = /\/(apps\/[^/]+\/src\/[^/]+|libs\/[^/]+|dist\/apps\/[^/]+)/.exec(url);
  return own ? own[1] : url;
}

function main(): void {
  const [file, topArg, lastArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary.ts FILE.cpuprofile [TOP]');
  const top = Number(topArg ?? 30);
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  // Only the last LAST_SECONDS of the profile when given (e.g. the burst at the end of a run).
  const span = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const from = lastArg ? span - Number(lastArg) * 1e6 : 0;
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= from) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  let total = 0;
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    total += us;
    const fnKey = `${functionName || '(anonymous)'}  ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(apps|libs|dist)\//, '$1/')}:${lineNumber + 1}`;
    byFunction.set(fnKey, (byFunction.get(fnKey) ?? 0) + us);
    const pkg = bucket(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const idle = [...byId.values()]
    .filter((n) => n.callFrame.functionName === '(idle)')
    .reduce((s, n) => s + (selfUs.get(n.id) ?? 0), 0);
  const print = (title: string, m: Map<string, number>) => {
    console.log(
      `\n${title} (self time; share of busy time, idle ${((idle / total) * 100).toFixed(1)} % excluded)`,
    );
    for (const [k, us] of [...m]
      .filter(([k]) => k !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)) {
      console.log(
        `  ${((us / (total - idle)) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`,
      );
    }
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${((idle / total) * 100).toFixed(1)} % idle`);
  print('by package', byPackage);
  print('by function', byFunction);
}

main();
