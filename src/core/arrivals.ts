import type { StoryHeader } from './tags';
import type { Beat } from './transcript';

/**
 * People arrive when they arrive: a buyer the story brings in with `# enter: <id>` (a colleague
 * called in, a VP who joins the call) is not in the room until that line; everyone else is there
 * from the start. The stage shows who is present; the checker refuses a buyer who speaks first.
 */

// Compiled ink writes each tag between "#" and "/#" controls, its text after a "^".
const ENTER_TAG = /"#","\^enter:\s*([a-z0-9-]+)\s*"/g;

/** The buyers a compiled story brings in later, in header order. */
export function arrivingBuyers(json: string, header: StoryHeader): string[] {
  const named = new Set([...json.matchAll(ENTER_TAG)].map((m) => m[1] as string));
  return header.buyers.filter((b) => named.has(b.id)).map((b) => b.id);
}

/** Who is in the room at the start. */
export function presentAtStart(header: StoryHeader, arriving: readonly string[]): Set<string> {
  return new Set(header.buyers.map((b) => b.id).filter((id) => !arriving.includes(id)));
}

/** Follows a stretch of the conversation: who is in the room after it, and who spoke before arriving. */
export function followArrivals(present: ReadonlySet<string>, arriving: readonly string[], beats: readonly Beat[]): { present: Set<string>; early: string[] } {
  const now = new Set(present);
  const early: string[] = [];
  for (const beat of beats) {
    for (const id of beat.enters) now.add(id);
    if (beat.speaker && arriving.includes(beat.speaker) && !now.has(beat.speaker)) early.push(beat.speaker);
  }
  return { present: now, early };
}
