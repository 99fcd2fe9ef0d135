import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { lintInkSource, type SourceLint } from '../src/core/source-lint';

/** One problem in one `.ink` file, located for a writer: `stories/x.ink:42: message`. */
export interface InkProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface CompiledInk {
  /** The story JSON, or null when compilation failed. */
  readonly json: string | null;
  readonly lint: SourceLint;
  readonly problems: readonly InkProblem[];
  /** Every file the story read (itself and its INCLUDEs), for watch mode. */
  readonly files: readonly string[];
}

export function formatProblem(p: InkProblem): string {
  return `${p.file}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

// inkjs reports `ERROR: line 10: …` for the main file and `ERROR: 'inc.ink' line 3: …` for includes.
const INK_MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s*)?line (\d+):\s*(.*)$/s;

function locate(raw: string, mainFile: string, baseDir: string, cwd: string, severity: InkProblem['severity']): InkProblem {
  const match = INK_MESSAGE.exec(raw.trim());
  if (!match) return { file: relative(cwd, mainFile), line: 1, message: raw.trim(), severity };
  const [, , included, line, message] = match;
  const file = included ? relative(cwd, resolve(baseDir, included)) : relative(cwd, mainFile);
  return { file, line: Number(line), message: message ?? raw, severity };
}

/**
 * Compiles one story with the inkjs compiler (build tooling only: the browser never ships it)
 * and checks its tags against the grammar. Never throws for a bad story: problems are returned.
 */
export function compileInkFile(path: string, cwd = process.cwd()): CompiledInk {
  const mainFile = resolve(path);
  const baseDir = dirname(mainFile);
  const files = [mainFile];
  const source = readFileSync(mainFile, 'utf8');
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(baseDir, name),
    LoadInkFileContents: (name: string) => {
      files.push(name);
      return readFileSync(name, 'utf8');
    },
  };
  const compiler = new Compiler(source, new CompilerOptions(null, [], false, null, fileHandler));
  let json: string | null = null;
  try {
    json = compiler.Compile().ToJson() ?? null;
  } catch {
    json = null; // the compiler's own messages in `compiler.errors` say why
  }
  const sourceLines = source.split('\n');
  const explain = (p: InkProblem): InkProblem =>
    /^\s*#.*\|/.test(sourceLines[p.line - 1] ?? '') && p.file === relative(cwd, mainFile)
      ? { ...p, message: `${p.message} — "|" cannot appear in an ink tag; separate buyer fields with ";" (# buyer: id; Name; Job title; role)` }
      : p;
  const problems: InkProblem[] = [
    ...compiler.errors.map((e) => explain(locate(e, mainFile, baseDir, cwd, 'error'))),
    ...compiler.warnings.map((w) => locate(w, mainFile, baseDir, cwd, 'warning')),
  ];
  if (json === null && compiler.errors.length === 0) {
    problems.push({ file: relative(cwd, mainFile), line: 1, message: 'the ink compiler failed without a message', severity: 'error' });
  }
  const lint = lintInkSource(source);
  for (const p of lint.problems) problems.push({ file: relative(cwd, mainFile), line: p.line, message: p.message, severity: 'error' });
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const failed = problems.some((p) => p.severity === 'error');
  return { json: failed ? null : json, lint, problems, files };
}
