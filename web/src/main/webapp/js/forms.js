// Forms and their errors, shared by every page: a field's error is shown next to it and named by the label the
// person sees (never the API's field key), the field is marked invalid and described by its error, the list above
// the buttons repeats them for a screen reader's live region, and the first field in error takes the focus.
import { ProblemError } from './api.js';
import { lang } from './i18n.js';

const CONTROLS = 'input, select, textarea, fieldset';

/** The control of {@code field} (an API field: `name`, `sessions[0].date`, `topics`) inside {@code scope}. */
function controlFor(scope, field) {
  if (!field) return null;
  const key = field.replace(/\[\d+\]/g, '').split('.').pop();
  for (const name of [field, key]) {
    const found = scope.querySelector(`[data-field="${CSS.escape(name)}"]`) || scope.querySelector(`[name="${CSS.escape(name)}"]`);
    if (found) return found;
  }
  return [...scope.querySelectorAll(CONTROLS)].find((e) => e.id && (e.id.endsWith(`-${key}`) || e.id === key)) || null;
}

/** The text a person reads as the control's name: its label, its group's legend, or its accessible name. */
export function labelOf(control) {
  if (control.tagName === 'FIELDSET') return textWithoutMark(control.querySelector('legend'));
  const named = control.getAttribute('aria-labelledby');
  if (named) return named.split(/\s+/).map((id) => document.getElementById(id)?.textContent.trim() || '').join(' ').trim();
  const wrapping = control.closest('label') || (control.id && document.querySelector(`label[for="${CSS.escape(control.id)}"]`));
  if (wrapping) {
    return textWithoutMark(wrapping.querySelector('span:not(.field-error):not(.req)') || wrapping);
  }
  return control.getAttribute('aria-label') || control.placeholder || '';
}

/** An element's own text, without the 必須 mark and error notes inside it. */
function textWithoutMark(element) {
  if (!element) return '';
  return [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || !n.matches('.req, .field-error, input, select, textarea'))
    .map((n) => n.textContent).join('').trim();
}

function scopeOf(list) {
  return list.closest('form') || list.closest('section') || document;
}

/** Removes the marks of an earlier attempt and hides the list. */
export function clearErrors(listOrId) {
  const list = typeof listOrId === 'string' ? document.getElementById(listOrId) : listOrId;
  if (!list) return;
  const scope = scopeOf(list);
  for (const note of scope.querySelectorAll('.field-error')) {
    const control = scope.querySelector(`[aria-describedby~="${CSS.escape(note.id)}"]`);
    if (control) {
      const rest = control.getAttribute('aria-describedby').split(/\s+/).filter((id) => id !== note.id).join(' ');
      if (rest) control.setAttribute('aria-describedby', rest); else control.removeAttribute('aria-describedby');
    }
    note.remove();
  }
  for (const control of scope.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  list.replaceChildren();
  list.hidden = true;
}

let noteCount = 0;

function markField(control, message) {
  control.setAttribute('aria-invalid', 'true');
  const note = document.createElement('span');
  note.className = 'field-error';
  note.id = `${control.id || 'field'}-error-${++noteCount}`;
  note.textContent = message;
  if (control.tagName === 'FIELDSET') control.append(note);
  else (control.closest('label') || control.parentElement).append(note);
  const described = control.getAttribute('aria-describedby');
  control.setAttribute('aria-describedby', described ? `${described} ${note.id}` : note.id);
}

/**
 * Shows {@code error} in the list {@code listId}: the problem's summary, then each field error as 「label: message」,
 * each next to its field too; the first field in error (else the list) takes the focus.
 */
export function showErrors(listId, error) {
  const list = typeof listId === 'string' ? document.getElementById(listId) : listId;
  clearErrors(list);
  const en = lang() === 'en';
  const scope = scopeOf(list);
  const lines = [];
  let first = null;
  if (error instanceof ProblemError) {
    const p = error.problem;
    lines.push(en ? (p.detailEn || p.titleEn || error.message) : (p.detail || p.title || error.message));
    for (const e of p.errors || []) {
      const message = en ? (e.messageEn || e.message) : e.message;
      const control = controlFor(scope, e.field);
      const name = control ? labelOf(control) : '';
      if (control) {
        markField(control, message);
        first = first || control;
      }
      lines.push(name ? `${name}${en ? ': ' : '：'}${message}` : message);
    }
  } else {
    lines.push(String(error?.message || error));
  }
  list.setAttribute('aria-live', 'assertive');
  list.replaceChildren(...[...new Set(lines)].map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  list.hidden = false;
  const target = first?.tagName === 'FIELDSET' ? first.querySelector('input, select, textarea') : first;
  if (target && !target.disabled) {
    target.focus();
  } else {
    list.tabIndex = -1;
    list.focus();
  }
}

/** One line for a page's error box: the summary and the fields' messages (no form to point into). */
export function errorText(error) {
  if (!(error instanceof ProblemError)) return String(error?.message || error);
  const en = lang() === 'en';
  const p = error.problem;
  const head = en ? (p.detailEn || p.titleEn || error.message) : (p.detail || p.title || error.message);
  return [head, ...(p.errors || []).map((e) => (en ? (e.messageEn || e.message) : e.message))].join(' / ');
}
