import { html, nothing, type TemplateResult } from 'lit-html';
import type { ApiError } from '../../core/api';
import type { FormName } from '../account-slice';
import type { ViewContext } from './context';

/** The text of a form field by name, from a submit event (trimmed: a stray space is not a value). */
export function fieldsOf(event: Event): (name: string) => string {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  return (name) => String(data.get(name) ?? '').trim();
}

/** A problem the server (or the connection) reported, in the user's language where we know it. */
export function problemText({ t }: ViewContext, problem: ApiError): string {
  return t(`errors.${problem.error}`, { message: problem.message, defaultValue: problem.message });
}

/** The problem of a form, announced to screen readers as it appears. */
export function formProblem(ctx: ViewContext, form: FormName): TemplateResult | typeof nothing {
  const problem = ctx.state.forms[form]?.problem;
  return problem ? html`<p class="form-error" role="alert">${problemText(ctx, problem)}</p>` : nothing;
}

export const isBusy = ({ state }: ViewContext, form: FormName): boolean => !!state.forms[form]?.busy;

/** A labelled input; the label is the accessible name, `hint` its description. */
export function field(
  label: string,
  name: string,
  options: { type?: string; autocomplete?: string; required?: boolean; value?: string; hint?: string; min?: number; max?: number; minlength?: number; id?: string } = {},
): TemplateResult {
  const id = options.id ?? `f-${name}`;
  return html`<label class="field" for=${id}>
    <span>${label}</span>
    <input id=${id} name=${name} type=${options.type ?? 'text'} autocomplete=${options.autocomplete ?? 'off'} ?required=${options.required ?? true}
      .value=${options.value ?? ''} min=${options.min ?? nothing} max=${options.max ?? nothing} minlength=${options.minlength ?? nothing}
      aria-describedby=${options.hint ? `${id}-hint` : nothing} />
    ${options.hint ? html`<small id="${id}-hint" class="muted">${options.hint}</small>` : nothing}
  </label>`;
}

/** A button that copies `text` and says so (the announcement is in a live region). */
export function copyButton(ctx: ViewContext, text: string, label: string, size: 'small' | 'normal' = 'small'): TemplateResult {
  const { state, actions, t } = ctx;
  const done = state.copied === text;
  return html`<button type="button" class="button ${size === 'small' ? 'small' : ''}" @click=${() => void actions.copy(text)}>${label}</button>
    <span class="copied" role="status">${done ? t('account.copied') : ''}</span>`;
}
