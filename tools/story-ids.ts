import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { lintInkSource } from '../src/core/source-lint';

/**
 * A story's id is its address (URLs, saved progress, attempts on the server): two files with one
 * id would silently replace each other. The checker (whole library or single files) and the
 * build both refuse it.
 */

export interface StoryIdEntry {
  readonly file: string;
  readonly id: string;
}

/** The id a story file declares, read from its header without compiling it. */
export function storyIdIn(file: string): string | null {
  try {
    return lintInkSource(readFileSync(file, 'utf8')).header?.id ?? null;
  } catch {
    return null;
  }
}

/** One message per id declared by more than one file (the same file listed twice is one file). */
export function duplicateIds(entries: readonly StoryIdEntry[], cwd = process.cwd()): string[] {
  const files = new Map<string, Set<string>>();
  for (const { file, id } of entries) files.set(id, (files.get(id) ?? new Set()).add(relative(cwd, resolve(file))));
  return [...files].filter(([, f]) => f.size > 1).map(([id, f]) => `story id "${id}" is used by both ${[...f].sort().join(' and ')}`);
}

/** The clashes of the files being checked with each other and with the stories of the library. */
export function clashesWithLibrary(checked: readonly StoryIdEntry[], libraryFiles: readonly string[]): string[] {
  const library = libraryFiles.flatMap((file) => {
    const id = storyIdIn(file);
    return id ? [{ file, id }] : [];
  });
  return duplicateIds([...checked, ...library]).filter((message) => checked.some((c) => message.includes(`"${c.id}"`)));
}
