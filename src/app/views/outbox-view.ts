import { html, nothing, type TemplateResult } from 'lit-html';
import type { Delivery } from '../account-slice';
import type { AppState, CatalogueEntry } from '../store';
import type { ViewContext } from './context';
import { problemText } from './forms';

/** Where an attempt of this browser stands with the server, or null when it is not meant for one. */
export function deliveryOf(state: AppState, attemptId: string): Delivery | null {
  const known = state.delivery[attemptId];
  if (known) return known;
  return state.attempts.find((a) => a.id === attemptId)?.owner ? { state: 'saved', result: null } : null;
}

/** One line on the debrief: saved to the account (with the server's score), waiting, or refused and why. */
export function deliveryLine(ctx: ViewContext, attemptId: string): TemplateResult | typeof nothing {
  const { t } = ctx;
  const delivery = deliveryOf(ctx.state, attemptId);
  if (!delivery) return nothing;
  if (delivery.state === 'waiting') return html`<p class="delivery waiting-send" role="status">⏳ ${t('delivery.waiting')}</p>`;
  if (delivery.state === 'refused') return html`<p class="delivery refused" role="alert">${t('delivery.refused', { reason: problemText(ctx, delivery.problem) })}</p>`;
  const result = delivery.result;
  return html`<p class="delivery saved" role="status">✓ ${result
    ? t('delivery.savedScore', { score: result.score, result: result.passed ? t('debrief.passed') : t('debrief.failed') })
    : t('delivery.saved')}</p>`;
}

/** Attempts still waiting for the server, or that it refused: the trainee sees each plainly. */
export function outboxView(ctx: ViewContext, catalogue: readonly CatalogueEntry[]): TemplateResult | typeof nothing {
  const { state, t } = ctx;
  const open = Object.entries(state.delivery).filter(([, d]) => d.state !== 'saved');
  if (!open.length) return nothing;
  const titleOf = (id: string): string => {
    const storyId = state.attempts.find((a) => a.id === id)?.storyId;
    return catalogue.find((e) => e.header.id === storyId)?.header.title ?? storyId ?? id;
  };
  return html`<section class="panel outbox" aria-labelledby="outbox-title">
    <h2 id="outbox-title">${t('delivery.heading')}</h2>
    <ul>
      ${open.map(([id, d]) => html`<li>${titleOf(id)}: ${d.state === 'refused' ? html`<span class="refused">${problemText(ctx, d.problem)}</span>` : t('delivery.waiting')}</li>`)}
    </ul>
  </section>`;
}
