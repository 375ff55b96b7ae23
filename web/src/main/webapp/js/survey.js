// 区局への照会: the city's annual survey of its ward offices and bureaus about their collaboration projects.
// The division (市民協働推進課) opens a year's survey, sees who has answered, reminds, returns, closes and corrects;
// a ward office or a bureau confirms, edits, adds and removes its projects and submits.
import { api } from './api.js';
import { formatDate, formatDateTime, label, t } from './i18n.js';
import { clearErrors } from './forms.js';

const sv = { vocabulary: null, surveys: [], survey: null, answer: null, row: null };
let h;

function $(id) { return document.getElementById(id); }
function roles() { return h.state.me.roles; }
function isDivision() { return roles().includes('hq-analyst') && !roles().some((r) => ['ward-officer', 'bureau-officer'].includes(r)); }
function isOffice() { return roles().some((r) => ['ward-officer', 'bureau-officer'].includes(r)); }
function vocab(kind, value) { return sv.vocabulary[kind].find((v) => v.value === value); }
function row(cells, onOpen, id) {
  const tr = document.createElement('tr');
  tr.append(...cells.map((c) => (c instanceof Node ? c : h.cell(c == null ? '' : String(c)))));
  if (onOpen) {
    tr.tabIndex = 0;
    tr.dataset.id = id;
    tr.addEventListener('click', onOpen);
    tr.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onOpen(); } });
  }
  return tr;
}
function when(instant) { return instant ? formatDateTime(instant) : '—'; }

function surveyVisible() { return isDivision() || isOffice(); }

export async function loadSurveys() {
  $('sv-section').hidden = !surveyVisible();
  if (!surveyVisible()) return;
  if (!sv.vocabulary) {
    sv.vocabulary = (await api('collaboration-vocabulary')).data;
    fillOptions();
  }
  document.querySelectorAll('#sv-section .sv-division').forEach((el) => { el.hidden = !isDivision(); });
  $('sv-lead').textContent = t(isDivision() ? 'sv.leadDivision' : 'sv.leadOffice');
  const { data } = await api('collaboration/surveys');
  sv.surveys = data;
  $('sv-list').tBodies[0].replaceChildren(...(data.length ? data.map((s) => row([t('fy', s.fiscalYear),
    t(`sv.status.${s.status}`), s.dueOn ? formatDate(s.dueOn) : '—',
    isDivision() ? t('sv.answeredOf', s.answered, s.offices) : officeState(s)], () => openSurvey(s.id), s.id))
    : [row([t('sv.none'), '', '', ''])]));
  $('sv-list').dataset.loaded = 'true';
  if (sv.survey) await openSurvey(sv.survey.id, true);
}

/** An office's line: its own answer's state. */
function officeState(s) {
  const mine = s.answers[0];
  if (!mine) return t('sv.notAsked');
  return `${t(`sv.answer.${mine.status}`)}${mine.reminders ? ` ／ ${t('sv.reminded', mine.reminders)}` : ''}`;
}

function fillOptions() {
  $('sr-field').replaceChildren(...sv.vocabulary.field.map((v) => new Option(label(v), v.value)));
  $('sr-form').replaceChildren($('sr-form').options[0], ...sv.vocabulary.contractType
    .map((v) => new Option(label(v), v.value)));
  $('sr-origin').replaceChildren($('sr-origin').options[0], ...sv.vocabulary.origin.map((v) => new Option(label(v), v.value)));
  const now = new Date();
  const current = now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
  $('sv-year').replaceChildren(...[current - 1, current, current - 2].map((y) => new Option(t('fy', y), String(y))));
}

export async function openSurvey(id, quiet) {
  try {
    const { data } = await api(`collaboration/surveys/${id}`);
    sv.survey = data;
    if (isOffice()) {
      if (data.answers[0]) await openAnswer(data.answers[0].id);
      return;
    }
    $('sv-survey').hidden = false;
    $('sv-survey-title').textContent = `${t('fy', data.fiscalYear)} ${t('sv.title')}`;
    $('sv-survey-status').textContent = `${t(`sv.status.${data.status}`)} ／ ${t('sv.answeredOf', data.answered, data.offices)}`
      + (data.closedAt ? ` ／ ${t('sv.closedBy', when(data.closedAt), data.closedBy)}` : '');
    $('sv-answers').tBodies[0].replaceChildren(...data.answers.map((a) => row([a.officeName, t(`sv.answer.${a.status}`),
      a.projects, a.toConfirm || '', a.submittedAt ? when(a.submittedAt) : '—', a.reminders || ''], () => openAnswer(a.id), a.id)));
    $('sv-remind').hidden = data.status !== 'OPEN';
    $('sv-close').hidden = data.status !== 'OPEN';
    $('sv-office-form').hidden = data.status !== 'OPEN';
    clearErrors('sv-survey-errors');
    if (!quiet) $('sv-survey').scrollIntoView({ block: 'nearest' });
  } catch (error) {
    h.pageError(error);
  }
}

export async function openAnswer(id) {
  const { data } = await api(`collaboration/survey-answers/${id}`);
  sv.answer = data;
  $('sv-answer').hidden = false;
  $('sv-answer-title').textContent = `${t('fy', data.fiscalYear)} ${data.officeName}`;
  $('sv-answer-status').textContent = `${t(`sv.answer.${data.status}`)}${data.submittedAt ? ` ／ ${t('sv.submittedBy', when(data.submittedAt), data.submittedBy)}` : ''}`
    + (data.dueOn ? ` ／ ${t('sv.due')} ${formatDate(data.dueOn)}` : '');
  $('sv-answer-returned').hidden = !data.returnedReason;
  $('sv-answer-returned').textContent = data.returnedReason ? t('sv.returned', data.returnedReason) : '';
  $('sv-rows').tBodies[0].replaceChildren(...data.rows.map((r) => row([t(`sv.row.${r.state}`), r.division, r.name,
    label(vocab('field', r.field)), r.contracted ? t('sv.contracts', r.contractCount) : '—'],
  data.editable || data.correctable ? () => openRow(r) : null, r.id)));
  $('sv-add-row').hidden = !data.editable;
  $('sv-submit').hidden = !data.editable;
  $('sv-return-form').hidden = !(isDivision() && data.status === 'SUBMITTED' && data.surveyStatus === 'OPEN');
  $('sv-row-form').hidden = true;
  clearErrors('sv-answer-errors');
  $('sv-corrections').replaceChildren(...(data.corrections.length ? [Object.assign(document.createElement('h3'), { textContent: t('sv.corrections') }),
    ...data.corrections.map((c) => Object.assign(document.createElement('p'), { className: 'muted',
      textContent: `${when(c.correctedAt)} ${c.correctedBy}: ${c.reason}` }))] : []));
  $('sv-answer').scrollIntoView({ block: 'nearest' });
}

function openRow(r) {
  sv.row = r;
  $('sv-row-form').hidden = false;
  $('sv-row-title').textContent = r ? r.name : t('sv.addRow');
  $('sr-division').value = r?.division || '';
  $('sr-name').value = r?.name || '';
  $('sr-field').value = r?.field || sv.vocabulary.field[0].value;
  $('sr-partners').value = r?.partners || '';
  $('sr-summary').value = r?.summary || '';
  $('sr-contracted').checked = !!r?.contracted;
  $('sr-count').value = r?.contracted ? r.contractCount : '';
  $('sr-form').value = r?.contractForm || '';
  $('sr-amount').value = r?.contractAmount ?? '';
  $('sr-origin').value = r?.origin || '';
  $('sr-remove').hidden = !r || !sv.answer.editable;
  $('sr-reason-label').hidden = !sv.answer.correctable;
  $('sr-save').textContent = t(sv.answer.correctable ? 'sv.correct' : 'sv.confirmRow');
  clearErrors('sv-row-errors');
  $('sr-division').focus();
}

function rowBody() {
  const contracted = $('sr-contracted').checked;
  const number = (id) => ($(id).value === '' ? null : Number($(id).value));
  const body = { division: $('sr-division').value, name: $('sr-name').value, field: $('sr-field').value,
    partners: $('sr-partners').value || null, summary: $('sr-summary').value || null, contracted,
    contractCount: contracted ? number('sr-count') : 0, contractForm: contracted ? ($('sr-form').value || null) : null,
    contractAmount: contracted ? number('sr-amount') : null, origin: $('sr-origin').value || null };
  if (sv.answer.correctable) body.reason = $('sr-reason').value;
  return body;
}

async function saveRow(event) {
  event.preventDefault();
  const a = sv.answer;
  const r = sv.row;
  try {
    if (a.correctable) {
      await api(`collaboration/survey-answers/${a.id}/rows/${r.id}/correction`, { method: 'PUT', body: rowBody(), headers: { 'If-Match': `"${r.version}"` } });
    } else if (r) {
      await api(`collaboration/survey-answers/${a.id}/rows/${r.id}`, { method: 'PUT', body: rowBody(), headers: { 'If-Match': `"${r.version}"` } });
    } else {
      await api(`collaboration/survey-answers/${a.id}/rows`, { method: 'POST', body: rowBody() });
    }
    await openAnswer(a.id);
  } catch (error) {
    h.showErrors('sv-row-errors', error);
  }
}

async function act(errors, call) {
  try {
    await call();
    await loadSurveys();
    if (sv.answer && !$('sv-answer').hidden) await openAnswer(sv.answer.id);
  } catch (error) {
    h.showErrors(errors, error);
  }
}

export function initSurvey(helpers) {
  h = helpers;
  $('sv-open-form').addEventListener('submit', (e) => {
    e.preventDefault();
    act('sv-open-errors', () => api('collaboration/surveys', { method: 'POST',
      body: { fiscalYear: Number($('sv-year').value), dueOn: $('sv-due').value || null } }));
  });
  $('sv-remind').addEventListener('click', () => act('sv-survey-errors',
    () => api(`collaboration/surveys/${sv.survey.id}/reminders`, { method: 'POST' })));
  $('sv-close').addEventListener('click', () => act('sv-survey-errors',
    () => api(`collaboration/surveys/${sv.survey.id}/close`, { method: 'POST', headers: { 'If-Match': `"${sv.survey.version}"` } })));
  $('sv-office-form').addEventListener('submit', (e) => {
    e.preventDefault();
    act('sv-survey-errors', () => api(`collaboration/surveys/${sv.survey.id}/offices`, { method: 'POST', body: { bureau: $('sv-bureau').value } }));
  });
  $('sv-row-form').addEventListener('submit', saveRow);
  $('sr-cancel').addEventListener('click', () => { $('sv-row-form').hidden = true; });
  $('sr-remove').addEventListener('click', () => act('sv-row-errors', () => api(
    `collaboration/survey-answers/${sv.answer.id}/rows/${sv.row.id}`, { method: 'DELETE', headers: { 'If-Match': `"${sv.row.version}"` } })));
  $('sv-add-row').addEventListener('click', () => openRow(null));
  $('sv-submit').addEventListener('click', () => act('sv-answer-errors', () => api(
    `collaboration/survey-answers/${sv.answer.id}/submit`, { method: 'POST', headers: { 'If-Match': `"${sv.answer.version}"` } })));
  $('sv-return-form').addEventListener('submit', (e) => {
    e.preventDefault();
    act('sv-answer-errors', () => api(`collaboration/survey-answers/${sv.answer.id}/return`, { method: 'POST',
      body: { reason: $('sv-return-reason').value }, headers: { 'If-Match': `"${sv.answer.version}"` } }));
  });
}
