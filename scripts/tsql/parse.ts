import {
  antlr,
  type ANTLRErrorListener,
  type ATNSimulator,
  type CommonTokenStream,
  type Recognizer,
  type Token,
} from './antlr';
import { TSqlLexer } from './generated/TSqlLexer';
import { type Tsql_fileContext, TSqlParser } from './generated/TSqlParser';
import type { Issue } from './facts';

export interface ParsedBatch {
  tree: Tsql_fileContext;
  tokens: CommonTokenStream;
  syntax: Issue[];
}

/** Collects syntax errors; ambiguity reports are the grammar's business, not the SQL's. */
function collector(syntax: Issue[]): ANTLRErrorListener {
  return {
    syntaxError<S extends Token, T extends ATNSimulator>(
      _r: Recognizer<T>,
      _s: S | null,
      line: number,
      charPositionInLine: number,
      msg: string,
    ) {
      // The grammar's list of the hundreds of tokens it expected says nothing useful.
      const short = msg.replace(/ expecting \{.*\}$/s, '');
      syntax.push({
        pos: { line, col: charPositionInLine + 1 },
        rule: 'syntax',
        message: `syntax: ${short}`,
      });
    },
    reportAmbiguity() {},
    reportAttemptingFullContext() {},
    reportContextSensitivity() {},
  };
}

/**
 * Parses one GO batch with the grammars-v4 T-SQL grammar (full LL: the grammar is not SLL, so the
 * two-stage SLL-then-LL trick fails on valid procedures). Positions are relative to the batch.
 */
export function parseBatch(text: string): ParsedBatch {
  const syntax: Issue[] = [];
  const lexer = new TSqlLexer(antlr.CharStream.fromString(text));
  lexer.removeErrorListeners();
  lexer.addErrorListener(collector(syntax));
  const tokens = new antlr.CommonTokenStream(lexer);
  const parser = new TSqlParser(tokens);
  parser.removeErrorListeners();
  parser.addErrorListener(collector(syntax));
  const tree = parser.tsql_file();
  return { tree, tokens, syntax };
}
