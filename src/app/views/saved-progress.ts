import { html, type TemplateResult } from 'lit-html';
import type { ViewContext } from './context';

/** The learner's own copy of their progress: download it, import it, restore the previous copy. */
export function savedProgressView(ctx: ViewContext): TemplateResult {
  const { actions, t } = ctx;
  const download = (): void => {
    const url = URL.createObjectURL(new Blob([actions.exportSave()], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `pitchless-progress-${new Date().toISOString().slice(0, 10)}.json` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return html`<details class="panel saved-progress">
    <summary>${t('saved.title')}</summary>
    <p class="muted">${t('saved.hint')}</p>
    <div class="saved-actions">
      <button type="button" class="button" @click=${download}>${t('saved.download')}</button>
      <label class="button file-button">
        ${t('saved.import')}
        <input type="file" accept=".json,application/json" class="visually-hidden" @change=${async (e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) actions.importSave(await file.text());
          input.value = '';
        }} />
      </label>
      ${actions.hasBackup() ? html`<button type="button" class="button ghost" @click=${() => actions.restoreBackup()}>${t('saved.restore')}</button>` : ''}
    </div>
  </details>`;
}
