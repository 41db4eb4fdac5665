#!/usr/bin/env bash
# Regenerates scripts/tsql/generated/ from the vendored grammar in scripts/tsql/grammar/
# (`npm run tsql:generate`). Needs Java 17+ (antlr4ng-cli runs the ANTLR tool jar); nothing else
# does: the output is committed, so `npm run check:tsql` and CI run on Node alone.
#   1. antlr4ng-cli 2.0.0 generates a TypeScript lexer and parser for the antlr4ng 3.0.16 runtime;
#   2. esbuild turns each into one CommonJS file (antlr4ng stays an external import);
#   3. tsc writes their type declarations, so the checker is type-checked against the grammar.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$root/node_modules/.bin"
# Inside the repository so that tsc finds antlr4ng in node_modules.
tmp="$root/node_modules/.cache/tsql-generate"
rm -rf "$tmp" && mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

(cd "$here/grammar" && "$bin/antlr4ng" -Dlanguage=TypeScript -no-listener -no-visitor -Xexact-output-dir \
  -o "$tmp" TSqlLexer.g4 TSqlParser.g4)

mkdir -p "$here/generated"
rm -f "$here"/generated/TSql*
"$bin/esbuild" "$tmp/TSqlLexer.ts" "$tmp/TSqlParser.ts" --format=cjs --platform=node --target=node20 \
  --minify-whitespace --log-level=warning --outdir="$here/generated"

cat > "$tmp/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "declaration": true, "emitDeclarationOnly": true, "target": "ES2022", "module": "commonjs",
    "moduleResolution": "node", "skipLibCheck": true, "outDir": "$here/generated"
  },
  "files": ["TSqlLexer.ts", "TSqlParser.ts"]
}
JSON
"$bin/tsc" -p "$tmp/tsconfig.json"
ls -l "$here/generated"
