import type * as Antlr from 'antlr4ng' with { 'resolution-mode': 'import' };

/**
 * The antlr4ng runtime. It ships as an ES module with a CommonJS build; TypeScript's node16
 * resolution types it as ESM only, so this CommonJS code takes its types with a type-only import
 * and its values with require() (the CommonJS build, which the generated parser loads too).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const antlr = require('antlr4ng') as typeof Antlr;

export type ANTLRErrorListener = Antlr.ANTLRErrorListener;
export type ATNSimulator = Antlr.ATNSimulator;
export type CommonTokenStream = Antlr.CommonTokenStream;
export type ParserRuleContext = Antlr.ParserRuleContext;
export type ParseTree = Antlr.ParseTree;
export type Recognizer<T extends ATNSimulator> = Antlr.Recognizer<T>;
export type TerminalNode = Antlr.TerminalNode;
export type Token = Antlr.Token;
