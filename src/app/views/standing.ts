import type { AttemptSummary } from '../../core/attempts';
import type { ViewContext } from './context';

/** A scenario's standing in this browser: the best counted score, else how much practice. */
export function standingText({ t }: ViewContext, summary: AttemptSummary | null): string {
  if (!summary) return t('catalogue.notPlayed');
  if (summary.counted) return t('catalogue.best', { score: summary.counted.best });
  return t('catalogue.practiceOnly', { count: summary.practice });
}
