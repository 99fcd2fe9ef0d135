import { stringify } from 'csv-stringify/sync';
import type { Context } from 'hono';
import { CONCEPT_IDS } from '../core/concepts';
import { finishedWithin } from '../core/review-filter';
import { heatMap, teamOverview } from '../core/team-review';
import { storedAttempt, type TeamReview } from './review-data';
import type { StoryLibrary } from './stories';

/**
 * The review's CSV exports, for spreadsheets: UTF-8 with a BOM (so Excel reads Chinese names),
 * CRLF line ends, a header row, and any text cell that a spreadsheet would run as a formula
 * (= + - @, tab, CR first) prefixed with ' (CSV injection).
 */

type Cell = string | number | null;

export const toCsv = (rows: readonly (readonly Cell[])[]): string =>
  stringify(
    rows.map((r) => [...r]),
    { bom: true, record_delimiter: 'windows', escape_formulas: true },
  );

/** An attachment download; the file name keeps its letters in filename* and falls back to ASCII. */
export function csvFile(c: Context, name: string, text: string): Response {
  const ascii = name.replace(/[^A-Za-z0-9 ._-]/g, '_');
  return c.body(text, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
}

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/** Every attempt behind the overview's rows (in their order), the counting one marked. */
export function attemptsCsv({ input, trainees, rows }: TeamReview, library: StoryLibrary): string {
  const within = finishedWithin(input.filter);
  const emails = new Map(trainees.map((t) => [t.id, t.email]));
  const head = ['trainee', 'email', 'scenario id', 'title', 'version', 'mode', 'replayed from', 'assignment id', 'counts', 'score', 'passed', 'outcome', 'started', 'finished', ...CONCEPT_IDS];
  const lines = teamOverview(input).flatMap((row) =>
    rows
      .filter((a) => a.userId === row.trainee.id && a.storyId === row.storyId && a.assignmentId === row.assignmentId && within(storedAttempt(a)))
      .map((a) => [
        row.trainee.name,
        emails.get(a.userId) ?? '',
        a.storyId,
        library.get(a.storyId)?.header.title ?? '',
        a.version,
        a.mode,
        a.replayedFrom,
        a.assignmentId ?? '',
        yesNo(row.counting?.id === a.id),
        a.score,
        yesNo(a.passed),
        a.outcome ?? '',
        a.startedAt.toISOString(),
        a.finishedAt.toISOString(),
        ...CONCEPT_IDS.map((concept) => a.grades[concept] ?? null),
      ]),
  );
  return toCsv([head, ...lines]);
}

/** The heat map: one line per trainee, the team's average last. */
export function gradesCsv({ input, trainees }: TeamReview): string {
  const map = heatMap(input);
  const emails = new Map(trainees.map((t) => [t.id, t.email]));
  return toCsv([
    ['trainee', 'email', ...CONCEPT_IDS],
    ...map.rows.map((r) => [r.trainee.name, emails.get(r.trainee.id) ?? '', ...CONCEPT_IDS.map((concept) => r.cells[concept]?.grade ?? null)]),
    ['Team average', '', ...CONCEPT_IDS.map((concept) => map.average[concept] ?? null)],
  ]);
}
