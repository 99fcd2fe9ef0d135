import { MILESTONES, OUTCOMES, PHASES, ROLES, SEGMENTS, type Milestone, type Outcome, type Phase, type Role, type Segment } from '../../core/buying';
import { CONCEPTS, type ConceptId } from '../../core/concepts';
import { RUBRIC, type MoveId } from '../../core/rubric';
import type { StoryHeader } from '../../core/tags';
import { pick, type Locale } from '../locale';

/** Localised names of the method's catalogue, for the views. */
export const conceptName = (id: ConceptId, locale: Locale): string => pick(CONCEPTS[id], locale);
export const phaseName = (phase: Phase, locale: Locale): string => pick(PHASES[phase], locale);
export const segmentName = (segment: Segment, locale: Locale): string => pick(SEGMENTS[segment], locale);
export const roleName = (role: Role, locale: Locale): string => pick(ROLES[role], locale);
export const outcomeName = (outcome: Outcome, locale: Locale): string => pick(OUTCOMES[outcome], locale);
export const milestoneName = (milestone: Milestone, locale: Locale): string => pick(MILESTONES[milestone], locale);
export const moveWhy = (move: MoveId, locale: Locale): string => pick(RUBRIC[move].why, locale);

/** Concept ids as a reader scans them, runs of neighbours joined: "C1–C4, C7, C9–C13". */
export function conceptCodes(ids: readonly ConceptId[]): string {
  const numbers = [...new Set(ids.map((id) => Number(id.slice(1))))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([from, to]) => (from === to ? `C${from}` : to === from + 1 ? `C${from}, C${to}` : `C${from}–C${to}`)).join(', ');
}

/** Concepts with their names, for a screen reader: the names have commas of their own, so items end with a semicolon. */
export function conceptNames(ids: readonly ConceptId[], locale: Locale): string {
  return ids.map((id) => `${id} ${conceptName(id, locale)}`).join(locale === 'zh-CN' ? '；' : '; ');
}

/** The display name of a speaker id in a story. */
export function speakerName(header: StoryHeader, speaker: string | null): string | null {
  return header.buyers.find((b) => b.id === speaker)?.name ?? null;
}

/** Where the primer explains a concept, phase or segment (every badge links there). */
export const methodHref = (entry: ConceptId | Phase | Segment): string => `/method#${typeof entry === 'number' ? `phase-${entry}` : entry.startsWith('C') && entry in CONCEPTS ? entry : `segment-${entry}`}`;
