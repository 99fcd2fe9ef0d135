import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
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
  /** The main file's text, to locate problems found by playing the story. */
  readonly source: string;
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

/** Lines (1-based) holding bytes that are not UTF-8: read as �, so the writer's text is silently changed. */
function invalidUtf8Lines(bytes: Buffer): number[] {
  if (isUtf8(bytes)) return [];
  const lines: number[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    if (!isUtf8(bytes.subarray(start, stop))) lines.push(line);
    start = stop + 1;
  }
  return lines;
}

/** Reads an ink file as UTF-8, with a warning for each line that is not. */
function readInk(file: string, cwd: string): { text: string; problems: InkProblem[] } {
  const bytes = readFileSync(file);
  const problems = invalidUtf8Lines(bytes).map((line): InkProblem => ({
    file: relative(cwd, file),
    line,
    message: 'this line is not valid UTF-8 (another encoding?): its text reads as "�"; save the file as UTF-8',
    severity: 'warning',
  }));
  return { text: bytes.toString('utf8'), problems };
}

/**
 * Compiles one story with the inkjs compiler (build tooling only: the browser never ships it)
 * and checks its tags against the grammar. Never throws for a bad story: problems are returned.
 */
export function compileInkFile(path: string, cwd = process.cwd()): CompiledInk {
  const mainFile = resolve(path);
  const baseDir = dirname(mainFile);
  const files = [mainFile];
  const main = readInk(mainFile, cwd);
  const source = main.text;
  const encoding = [...main.problems];
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(baseDir, name),
    LoadInkFileContents: (name: string) => {
      files.push(name);
      if (!existsSync(name)) {
        const wanted = relative(baseDir, name);
        const line = source.split('\n').findIndex((l) => l.trim().startsWith('INCLUDE') && l.includes(wanted)) + 1 || 1;
        encoding.push({ file: relative(cwd, mainFile), line, message: `INCLUDE ${wanted}: no such file`, severity: 'error' });
        return '';
      }
      const included = readInk(name, cwd);
      encoding.push(...included.problems);
      return included.text;
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
    ...encoding,
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
  return { json: failed ? null : json, source, lint, problems, files };
}
