import { isConceptId, type ConceptId } from './concepts';
import {
  isOneOf,
  MILESTONES,
  MOODS,
  OUTCOMES,
  PHASES,
  ROLES,
  SEGMENTS,
  type Milestone,
  type Mood,
  type Outcome,
  type Phase,
  type Role,
  type Segment,
} from './buying';
import { isMoveId, MOVE_IDS, type MoveId } from './rubric';
import { didYouMean } from './suggest';

/**
 * The one parser of the ink tag grammar documented in `stories/README.md`.
 * Tags are `key: value`; direct concept evidence is written `C13+`, `C13-` or `C13+2`.
 * Every function returns data plus a list of problems; nothing here throws, so the build,
 * the checker and the runtime all report the same messages.
 */

export const HEADER_KEYS = [
  'id', 'title', 'objective', 'phase', 'segment', 'buyer', 'minutes', 'difficulty', 'version', 'brief', 'setting',
] as const;
export const LINE_KEYS = ['speaker', 'mood', 'phase', 'milestone', 'outcome', 'caused-by', 'insider', 'enter'] as const;
export const CHOICE_KEYS = ['move', 'why', 'cause'] as const;

export const DIFFICULTIES = ['intro', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const SETTINGS = ['office', 'boardroom', 'cafe', 'phone', 'video'] as const;
export type Setting = (typeof SETTINGS)[number];
/** Speakers that are not buyers. */
export const NARRATOR = 'narrator';
export const SELLER = 'seller';

/** Words a writer may use to say how a buyer looks, so the portrait fits the character. */
export const LOOK_WORDS = ['man', 'woman', 'young', 'senior', 'glasses', 'beard'] as const;
export type LookWord = (typeof LOOK_WORDS)[number];

export interface Buyer {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly role: Role;
  readonly look: readonly LookWord[];
}

export interface StoryHeader {
  readonly id: string;
  readonly title: string;
  readonly phase: Phase;
  readonly segment: Segment;
  readonly buyers: readonly Buyer[];
  readonly minutes: number;
  readonly difficulty: Difficulty;
  readonly version: number;
  readonly brief: string;
  readonly setting: Setting;
  /** What success means in this scenario, in its own terms ("a second meeting with…"); the debrief says whether it was reached. */
  readonly objective: string | null;
}

export interface LineTags {
  readonly speaker: string | null;
  readonly mood: Mood | null;
  readonly phase: Phase | null;
  readonly milestones: readonly Milestone[];
  readonly outcome: Outcome | null;
  /** On an ending: the cause (a `cause:` on some choice) that decided it. */
  readonly causedBy: string | null;
  /** Inside information a buyer gives only to a seller who earned it (METHOD.md §5). */
  readonly insider: string | null;
  /** Buyers who join the conversation at this line (a colleague called in); until then they are not in the room. */
  readonly enters: readonly string[];
}

export interface DirectEvidence {
  readonly concept: ConceptId;
  readonly weight: number;
}

export interface ChoiceTags {
  readonly moves: readonly MoveId[];
  readonly direct: readonly DirectEvidence[];
  readonly why: string | null;
  /** The consequence this choice sets off, named again by the ending it leads to (`caused-by:`). */
  readonly cause: string | null;
}

export interface Parsed<T> {
  readonly value: T;
  readonly problems: readonly string[];
}

/** Cause and insider names are writer-chosen kebab-case words, e.g. `gave-price`. */
const TAG_NAME = /^[a-z][a-z0-9-]*$/;

const DIRECT_EVIDENCE = /^(C\d{1,2})\s*([+-])([123])?$/;

/** Splits `key: value`; a tag without a colon has an empty value. */
export function splitTag(raw: string): { key: string; value: string } {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { key: text, value: '' };
  return { key: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() };
}

function parsePhase(value: string): Phase | null {
  const n = Number(value);
  return isOneOf(PHASES, String(n)) && /^\d$/.test(value) ? (n as Phase) : null;
}

/** Parses one direct-evidence tag such as `C13+` (weight 2) or `C8-3`; null when it is not one. */
export function parseDirectEvidence(raw: string): DirectEvidence | 'unknown-concept' | null {
  const match = DIRECT_EVIDENCE.exec(raw.trim());
  if (!match) return null;
  const [, concept, sign, size] = match as unknown as [string, string, string, string | undefined];
  if (!isConceptId(concept)) return 'unknown-concept';
  const weight = Number(size ?? '2') * (sign === '-' ? -1 : 1);
  return { concept, weight };
}

function parseBuyer(value: string, problems: string[]): Buyer | null {
  const parts = value.split(';').map((p) => p.trim());
  const [id, name, title, role, lookText = ''] = parts;
  if (parts.length < 4 || parts.length > 5 || !id || !name || !title || !role) {
    problems.push(`buyer must be "id; Name; Job title; role" or "id; Name; Job title; role; look", got "${value}"`);
    return null;
  }
  const look: LookWord[] = [];
  for (const word of lookText.split(/[\s,]+/).filter(Boolean)) {
    if (isOneOf(LOOK_WORDS, word)) look.push(word);
    else problems.push(`unknown look "${word}" for buyer "${id}"${didYouMean(word, LOOK_WORDS)} (expected any of: ${LOOK_WORDS.join(', ')})`);
  }
  if (!/^[a-z][a-z0-9-]*$/.test(id)) problems.push(`buyer id "${id}" must be lower-case kebab-case`);
  if (!isOneOf(ROLES, role)) {
    problems.push(`unknown buyer role "${role}"${didYouMean(role, Object.keys(ROLES))} (expected one of: ${Object.keys(ROLES).join(', ')})`);
    return null;
  }
  return { id, name, title, role, look };
}

/** The job without the company: buyer titles read "Job title, Company" ("职位，公司" in Chinese), for name plates. */
export function jobTitleOf(title: string): string {
  return title.split(/[,，]/)[0]?.trim() || title;
}

/** Reads the global tags at the top of a story into its header. */
export function parseHeader(tags: readonly string[]): Parsed<StoryHeader> {
  const problems: string[] = [];
  const fields = new Map<string, string>();
  const buyers: Buyer[] = [];
  const brief: string[] = [];
  for (const raw of tags) {
    const { key, value } = splitTag(raw);
    if (!isOneOf(HEADER_KEYS, key)) {
      problems.push(`unknown header tag "${key}"${didYouMean(key, HEADER_KEYS)} (expected one of: ${HEADER_KEYS.join(', ')})`);
      continue;
    }
    if (key === 'buyer') {
      const buyer = parseBuyer(value, problems);
      if (buyer) buyers.push(buyer);
    } else if (key === 'brief') brief.push(value);
    else if (fields.has(key)) problems.push(`header tag "${key}" appears twice`);
    else fields.set(key, value);
  }
  const need = (key: string): string => {
    const value = fields.get(key);
    if (!value) problems.push(`header tag "${key}" is missing`);
    return value ?? '';
  };
  const id = need('id');
  if (id && !/^[a-z][a-z0-9-]*$/.test(id)) problems.push(`id "${id}" must be lower-case kebab-case`);
  const title = need('title');
  const phaseText = need('phase');
  const phase = parsePhase(phaseText);
  if (phaseText && !phase) problems.push(`phase must be 1, 2 or 3, got "${phaseText}"`);
  const segmentText = need('segment');
  if (segmentText && !isOneOf(SEGMENTS, segmentText)) {
    problems.push(`unknown segment "${segmentText}"${didYouMean(segmentText, Object.keys(SEGMENTS))} (expected one of: ${Object.keys(SEGMENTS).join(', ')})`);
  }
  const minutesText = need('minutes');
  const minutes = Number(minutesText);
  if (minutesText && !(Number.isInteger(minutes) && minutes > 0)) problems.push('minutes must be a positive whole number');
  const difficulty = need('difficulty');
  if (difficulty && !isOneOf(DIFFICULTIES, difficulty)) {
    problems.push(`difficulty must be one of ${DIFFICULTIES.join(', ')}, got "${difficulty}"`);
  }
  const versionText = need('version');
  const version = Number(versionText);
  if (versionText && !(Number.isInteger(version) && version > 0)) problems.push('version must be a positive whole number');
  const setting = fields.get('setting') ?? 'office';
  if (!isOneOf(SETTINGS, setting)) problems.push(`setting must be one of ${SETTINGS.join(', ')}, got "${setting}"`);
  if (brief.length === 0) problems.push('header tag "brief" is missing');
  if (buyers.length === 0) problems.push('at least one "buyer" header tag is required');
  const ids = new Set<string>();
  for (const b of buyers) {
    if (ids.has(b.id)) problems.push(`buyer id "${b.id}" is declared twice`);
    ids.add(b.id);
  }
  return {
    value: {
      id,
      title,
      phase: phase ?? 1,
      segment: (segmentText as Segment) || 'early-majority',
      buyers,
      minutes: minutes || 0,
      difficulty: (difficulty as Difficulty) || 'intro',
      version: version || 0,
      brief: brief.join('\n\n'),
      setting: setting as Setting,
      objective: fields.get('objective') || null,
    },
    problems,
  };
}

/** Reads the tags of one output line. `speakers` are the ids a `speaker:` tag may name. */
export function parseLineTags(tags: readonly string[], speakers: ReadonlySet<string>): Parsed<LineTags> {
  const problems: string[] = [];
  let speaker: string | null = null;
  let mood: Mood | null = null;
  let phase: Phase | null = null;
  let outcome: Outcome | null = null;
  let causedBy: string | null = null;
  let insider: string | null = null;
  const milestones: Milestone[] = [];
  const enters: string[] = [];
  for (const raw of tags) {
    const { key, value } = splitTag(raw);
    switch (key) {
      case 'speaker':
        if (!speakers.has(value)) problems.push(`unknown speaker "${value}" (declare it with a "buyer" header tag)`);
        speaker = value;
        break;
      case 'mood':
        if (isOneOf(MOODS, value)) mood = value;
        else problems.push(`unknown mood "${value}"${didYouMean(value, MOODS)} (expected one of: ${MOODS.join(', ')})`);
        break;
      case 'phase':
        phase = parsePhase(value);
        if (!phase) problems.push(`phase must be 1, 2 or 3, got "${value}"`);
        break;
      case 'milestone':
        if (isOneOf(MILESTONES, value)) milestones.push(value);
        else problems.push(`unknown milestone "${value}"${didYouMean(value, Object.keys(MILESTONES))} (expected one of: ${Object.keys(MILESTONES).join(', ')})`);
        break;
      case 'outcome':
        if (isOneOf(OUTCOMES, value)) outcome = value;
        else problems.push(`unknown outcome "${value}"${didYouMean(value, Object.keys(OUTCOMES))} (expected one of: ${Object.keys(OUTCOMES).join(', ')})`);
        break;
      case 'caused-by':
        if (TAG_NAME.test(value)) causedBy = value;
        else problems.push(`caused-by must name a cause in kebab-case (the "cause:" of a choice), got "${value}"`);
        break;
      case 'enter':
        if (speakers.has(value) && value !== SELLER && value !== NARRATOR) enters.push(value);
        else problems.push(`"enter: ${value}" must name a buyer declared with a "buyer" header tag`);
        break;
      case 'insider':
        if (TAG_NAME.test(value)) insider = value;
        else problems.push(`insider must name what is disclosed in kebab-case (e.g. "insider: favoured-vendor"), got "${value}"`);
        break;
      default:
        problems.push(
          isOneOf(CHOICE_KEYS, key) || parseDirectEvidence(raw)
            ? `"${raw.trim()}" is a choice tag: put it inside the choice's [ ] brackets`
            : `unknown line tag "${key}"${didYouMean(key, LINE_KEYS)} (expected one of: ${LINE_KEYS.join(', ')})`,
        );
    }
  }
  if (causedBy && !outcome) problems.push('"caused-by" belongs on an ending line, beside its "outcome:" tag');
  return { value: { speaker, mood, phase, milestones, outcome, causedBy, insider, enters }, problems };
}

/** Reads the tags inside a choice's brackets: what the seller did, and rare direct evidence. */
export function parseChoiceTags(tags: readonly string[]): Parsed<ChoiceTags> {
  const problems: string[] = [];
  const moves: MoveId[] = [];
  const direct: DirectEvidence[] = [];
  let why: string | null = null;
  let cause: string | null = null;
  let moveTags = 0;
  for (const raw of tags) {
    const evidence = parseDirectEvidence(raw);
    if (evidence === 'unknown-concept') {
      problems.push(`unknown concept in "${raw.trim()}" (expected C1 … C13)`);
      continue;
    }
    if (evidence) {
      direct.push(evidence);
      continue;
    }
    const { key, value } = splitTag(raw);
    if (key === 'move') {
      moveTags += 1;
      for (const move of value.split(',').map((m) => m.trim()).filter(Boolean)) {
        if (isMoveId(move)) moves.push(move);
        else problems.push(`unknown move "${move}"${didYouMean(move, MOVE_IDS)} (see the move list in stories/README.md)`);
      }
    } else if (key === 'why') why = value;
    else if (key === 'cause') {
      if (TAG_NAME.test(value)) cause = value;
      else problems.push(`cause must be a kebab-case name that an ending's "caused-by:" repeats, got "${value}"`);
    }
    else if (/^c\d/i.test(key)) problems.push(`malformed concept evidence "${raw.trim()}" (write C5+, C5- or C5+3)`);
    else problems.push(`unknown choice tag "${key}"${didYouMean(key, CHOICE_KEYS)} (expected move, why, cause, or concept evidence like C13+)`);
  }
  if (moveTags === 0 && direct.length === 0) {
    problems.push('choice has no "move:" tag (use "# move: neutral" if it carries no evidence)');
  }
  if (direct.length > 0 && !why) problems.push('direct concept evidence needs a "why:" tag explaining it');
  if (moves.includes('neutral') && (moves.length > 1 || direct.length > 0)) {
    problems.push('"move: neutral" cannot be combined with other moves or evidence');
  }
  return { value: { moves, direct, why, cause }, problems };
}
