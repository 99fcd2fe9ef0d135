import { MOODS, type Milestone, type Mood, type Outcome, type Phase } from './buying';
import type { MoveId } from './rubric';
import { NARRATOR, SELLER, type DirectEvidence, type StoryHeader } from './tags';

/** One line of output: a buyer speaking, narration, or an ending. */
export interface Beat {
  readonly text: string;
  readonly speaker: string | null;
  readonly mood: Mood | null;
  readonly phase: Phase | null;
  readonly milestones: readonly Milestone[];
  readonly outcome: Outcome | null;
  /** On an ending: the cause that decided it (see `ChoiceOption.cause`). */
  readonly causedBy: string | null;
  /** Inside information only a trusted seller hears. */
  readonly insider: string | null;
  /** Buyers who join the conversation at this line. */
  readonly enters: readonly string[];
}

/** One option offered to the trainee, with what the seller would be doing by taking it. */
export interface ChoiceOption {
  readonly index: number;
  readonly text: string;
  readonly moves: readonly MoveId[];
  readonly direct: readonly DirectEvidence[];
  readonly why: string | null;
  /** The consequence this choice sets off, when an ending names it. */
  readonly cause: string | null;
}

/** A decision the trainee took: every option that was on the table and the one chosen. */
export interface Decision {
  /** 0-based position of this decision in the choice path. */
  readonly step: number;
  readonly options: readonly ChoiceOption[];
  readonly chosen: number;
  /** Where in the story the fork is: the same fork has the same point on every path (xAPI, trap map). */
  readonly point: string;
}

export type TranscriptEntry =
  | { readonly kind: 'beat'; readonly beat: Beat }
  | { readonly kind: 'decision'; readonly decision: Decision };

export type VariableValue = string | number | boolean | null;

/** Everything a view needs to draw a run at one moment; plain data, safe to store and compare. */
export interface RunSnapshot {
  readonly header: StoryHeader;
  readonly seed: number;
  readonly path: readonly number[];
  readonly entries: readonly TranscriptEntry[];
  readonly choices: readonly ChoiceOption[];
  readonly variables: Readonly<Record<string, VariableValue>>;
  readonly moods: Readonly<Record<string, Mood>>;
  readonly phase: Phase;
  readonly speaker: string | null;
  readonly ended: boolean;
  readonly outcome: Outcome | null;
  /** The buyers in the room now, in header order (core/arrivals.ts). */
  readonly present: readonly string[];
}

/** The decisions of a transcript, in order. */
export function decisionsOf(entries: readonly TranscriptEntry[]): Decision[] {
  return entries.flatMap((e) => (e.kind === 'decision' ? [e.decision] : []));
}

/** The buyer lines that answered a decision: the beats after it, up to the next decision. */
export function reactionTo(entries: readonly TranscriptEntry[], step: number): Beat[] {
  const start = entries.findIndex((e) => e.kind === 'decision' && e.decision.step === step);
  if (start < 0) return [];
  const beats: Beat[] = [];
  for (const entry of entries.slice(start + 1)) {
    if (entry.kind === 'decision') break;
    beats.push(entry.beat);
  }
  return beats;
}

/** How the story's numeric variables moved with the last decision (unchanged ones left out). */
export function variableChange(
  before: Readonly<Record<string, VariableValue>>,
  after: Readonly<Record<string, VariableValue>>,
): Record<string, number> {
  const change: Record<string, number> = {};
  for (const [name, value] of Object.entries(after)) {
    const old = before[name];
    if (typeof value === 'number' && typeof old === 'number' && value !== old) change[name] = value - old;
  }
  return change;
}

/** What the lines so far say about the room: each buyer's mood, the phase, who spoke last, the ending. */
export interface RoomState {
  readonly moods: Record<string, Mood>;
  phase: Phase;
  speaker: string | null;
  outcome: Outcome | null;
}

export function openingRoom(header: StoryHeader): RoomState {
  return { moods: Object.fromEntries(header.buyers.map((b) => [b.id, MOODS[0]])), phase: header.phase, speaker: null, outcome: null };
}

/** Moves the room on by one transcript entry (a live run and a stored transcript read it the same way). */
export function enterRoom(room: RoomState, entry: TranscriptEntry): void {
  if (entry.kind === 'decision') {
    room.speaker = SELLER;
    return;
  }
  const { beat } = entry;
  if (beat.speaker && beat.mood && beat.speaker in room.moods) room.moods[beat.speaker] = beat.mood;
  if (beat.phase) room.phase = beat.phase;
  if (beat.outcome) room.outcome = beat.outcome;
  if (beat.speaker !== NARRATOR) room.speaker = beat.speaker;
}

/**
 * The snapshot at the end of a finished run rebuilt from its stored transcript (the server's
 * replay on the version it was played on), for the debrief of an attempt played elsewhere.
 */
export function finishedSnapshot(header: StoryHeader, seed: number, path: readonly number[], entries: readonly TranscriptEntry[]): RunSnapshot {
  const room = openingRoom(header);
  for (const entry of entries) enterRoom(room, entry);
  return { header, seed, path: [...path], entries, choices: [], variables: {}, moods: { ...room.moods }, phase: room.phase, speaker: room.speaker, ended: true, outcome: room.outcome, present: header.buyers.map((b) => b.id) };
}
