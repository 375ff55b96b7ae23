import { api, ProblemError, signOut, startSession, token } from './api.js';
import { savedViews } from './saved-views.js';
import { showRecordParts } from './record-parts.js';
import { applyTexts, formatDate, formatDateTime, installLanguageToggle, label, lang, t } from './i18n.js';
import { drawGrid } from './availability.js';
import { describeHours, drawHoursEditor, hoursOf } from './opening-hours.js';
import { bindFilters, hashPage, labelListsAsDrawn, restoreFilters, serverSorted } from './lists.js';
import { fillCollaborationOptions, initCollaboration, loadCollaboration, openSheet } from './collaboration.js';
import { initSurvey, loadSurveys, openAnswer, openSurvey } from './survey.js';
import { fillNetworkOptions, initNetwork, loadNetwork, openMeeting } from './network.js';
import { initCalendar, loadCalendar } from './calendar.js';
import { fillKpiOptions, initKpi, loadKpi } from './kpi.js';
import { initInbox, loadInbox } from './inbox.js';
import { fillDashboardOptions, initDashboard, loadCityView, loadDashboard } from './dashboard.js';
import { clearErrors, errorText, showErrors } from './forms.js';

const PAGE_SIZE = 20;
const state = { me: null, vocabulary: null, page: 0, total: 0, current: null, submissionKey: null, move: null, auditPage: 0, referral: null, centres: [], organisation: null, orgMove: null, orgVocabulary: null, bkVocabulary: null, spaces: null, bookingTimer: null, editingSpace: null, pgVocabulary: null, programme: null, session: null };
const $ = (id) => document.getElementById(id);

function item(kind, value) {
  return state.vocabulary[kind].find((v) => v.value === value);
}

function fiscalYearOf(date = new Date()) {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function pageError(error) {
  const box = $('page-error');
  if (!error) { box.hidden = true; return; }
  box.textContent = errorText(error);
  box.hidden = false;
}

function fillOptions(select, kind, keepFirst = false) {
  const first = keepFirst ? [select.options[0]] : [];
  const chosen = select.value;
  select.replaceChildren(...first, ...state.vocabulary[kind].map((v) => new Option(label(v), v.value)));
  if (chosen) select.value = chosen;
}

function fillOrgOptions() {
  const fill = (select, kind, keepFirst) => {
    const chosen = select.value;
    select.replaceChildren(...(keepFirst ? [select.options[0]] : []), ...state.orgVocabulary[kind].map((v) => new Option(label(v), v.value)));
    if (chosen) select.value = chosen;
  };
  fill($('org-filter-status'), 'status', true);
  fill($('org-filter-field'), 'activityField', true);
  fill($('o-legalForm'), 'legalForm', false);
  const chosen = [...$('o-fields').querySelectorAll('input:checked')].map((box) => box.value);
  $('o-fields').replaceChildren($('o-fields').querySelector('legend'), ...state.orgVocabulary.activityField.map((v) => {
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: v.value, id: `o-field-${v.value}` });
    box.checked = chosen.includes(v.value);
    const tag = document.createElement('label');
    tag.className = 'tag';
    tag.append(box, ` ${label(v)}`);
    return tag;
  }));
  fillFiscalYears($('renewal-year'), false);
}

function fillFiscalYears(select, withAny) {
  const chosen = select.value;
  const current = fiscalYearOf();
  const options = [];
  for (let y = current; y >= current - 5; y--) options.push(new Option(t('fy', y), String(y)));
  select.replaceChildren(...(withAny ? [select.options[0]] : []), ...options);
  select.value = chosen || (withAny ? '' : String(current));
}

// ---- consultations -------------------------------------------------------------------------------

const INTAKE_FIELDS = ['receivedOn', 'channel', 'requesterKind', 'track', 'stage', 'requesterName', 'requesterContact', 'summary'];
const OPEN = ['RECEIVED', 'INITIAL_HEARING', 'ASSIGNED', 'IN_PROGRESS', 'FOLLOW_UP'];

function cell(text, className) {
  return Object.assign(document.createElement('td'), { textContent: text ?? '', className: className || '' });
}

function topicsText(topics) {
  return (topics || []).map((v) => label(item('topic', v))).join('・');
}

function listParams() {
  const params = new URLSearchParams({ page: state.page, size: PAGE_SIZE });
  const filters = { status: 'filter-status', track: 'filter-track', topic: 'filter-topic', fiscalYear: 'filter-fiscal-year' };
  for (const [name, id] of Object.entries(filters)) if ($(id).value) params.set(name, $(id).value);
  if ($('filter-mine').checked) params.set('assignee', 'me');
  if ($('filter-overdue').checked) params.set('overdue', 'true');
  if ($('filter-q').value.trim()) params.set('q', $('filter-q').value.trim());
  if ($('filter-sort').value) params.set('sort', $('filter-sort').value);
  return params;
}

async function loadOverdueCount() {
  const { data } = await api('consultations?overdue=true&size=1');
  const badge = $('overdue-count');
  badge.textContent = t('overdue.count', data.total);
  badge.dataset.count = data.total;
  badge.hidden = data.total === 0;
}

async function loadList() {
  const table = $('consultation-list');
  table.dataset.loaded = 'false';
  try {
    const { data } = await api(`consultations?${listParams()}`);
    state.total = data.total;
    const rows = data.items.map((c) => {
      const row = document.createElement('tr');
      row.dataset.id = c.id;
      row.tabIndex = 0;
      const next = cell(formatDate(c.nextActionOn), c.overdue ? 'overdue' : '');
      if (c.overdue) next.append(Object.assign(document.createElement('span'), { className: 'badge overdue', textContent: t('overdue') }));
      row.append(cell(formatDate(c.receivedOn)), cell(label(item('track', c.track))), cell(topicsText(c.topics)),
        cell(c.summaryExcerpt), cell(c.assigneeName || '—'), next, cell(label(item('status', c.status))));
      row.addEventListener('click', () => openDetail(c.id));
      row.addEventListener('keydown', (e) => { if (e.key === 'Enter') openDetail(c.id); });
      return row;
    });
    if (rows.length === 0) {
      const empty = document.createElement('tr');
      empty.append(Object.assign(cell(t('list.empty'), 'muted'), { colSpan: 7 }));
      rows.push(empty);
    }
    table.tBodies[0].replaceChildren(...rows);
    const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
    $('list-total').textContent = t('list.total', data.total);
    $('page-info').textContent = t('page.info', state.page + 1, pages);
    $('prev-page').disabled = state.page === 0;
    $('next-page').disabled = state.page + 1 >= pages;
    await loadOverdueCount();
    table.dataset.loaded = 'true';
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

function openEditor(consultation) {
  state.current = consultation || null;
  state.submissionKey = consultation ? null : crypto.randomUUID();
  $('detail').hidden = true;
  $('editor').hidden = false;
  clearErrors('form-errors');
  $('editor-title').textContent = t(consultation ? 'editor.edit' : 'editor.new');
  const c = consultation || { receivedOn: today(), channel: 'COUNTER', requesterKind: 'CITIZEN', track: 'CIVIC_ACTIVITY', topics: [] };
  for (const field of INTAKE_FIELDS) $(`f-${field}`).value = c[field] ?? '';
  $('f-topics').querySelectorAll('input').forEach((box) => { box.checked = (c.topics || []).includes(box.value); });
  $('f-receivedOn').max = today();
  $('f-requesterName').focus();
}

async function saveEditor(event) {
  event.preventDefault();
  const body = {};
  for (const field of INTAKE_FIELDS) {
    const value = $(`f-${field}`).value.trim();
    body[field] = value === '' ? null : value;
  }
  body.topics = [...$('f-topics').querySelectorAll('input:checked')].map((box) => box.value);
  $('save').disabled = true;
  try {
    let result;
    if (state.current) {
      result = await api(`consultations/${state.current.id}`, { method: 'PUT', body, headers: { 'If-Match': `"${state.current.version}"` } });
    } else {
      result = await api('consultations', { method: 'POST', body, headers: { 'Idempotency-Key': state.submissionKey } });
    }
    $('editor').hidden = true;
    state.page = 0;
    await loadList();
    await showDetail(result.data);
  } catch (error) {
    if (error instanceof ProblemError && error.status === 412 && state.current) {
      await openDetail(state.current.id);
      pageError(new Error(t('error.stale')));
    } else {
      showErrors('form-errors', error);
    }
  } finally {
    $('save').disabled = false;
  }
}

async function openDetail(id) {
  try {
    const { data } = await api(`consultations/${id}`);
    await showDetail(data);
  } catch (error) {
    pageError(error);
  }
}

function isManager() {
  return state.me.roles.some((r) => ['centre-manager', 'network-coordinator'].includes(r));
}

async function showDetail(c) {
  state.current = c;
  $('editor').hidden = true;
  $('close-form').hidden = true;
  $('move-form').hidden = true;
  const detail = $('detail');
  detail.hidden = false;
  detail.dataset.id = c.id;
  $('detail-status').textContent = label(item('status', c.status));
  $('detail-status').dataset.status = c.status;
  const when = (instant) => (instant ? formatDateTime(instant) : '—');
  const rows = [
    ['col.receivedOn', formatDate(c.receivedOn)], ['filter.fiscalYear', t('fy', c.fiscalYear)],
    ['col.channel', label(item('channel', c.channel))], ['col.requesterKind', label(item('requesterKind', c.requesterKind))],
    ['col.requesterName', c.requesterName], ['col.requesterContact', c.requesterContact || '—'],
    ['col.track', label(item('track', c.track))], ['col.stage', c.stage ? label(item('stage', c.stage)) : '—'],
    ['col.topic', topicsText(c.topics)], ['col.summary', c.summary],
    ['col.assignee', c.assigneeName || '—'], ['col.experts', c.experts || '—'],
    ['col.cityDivisions', c.cityDivisions || '—'],
    ['col.nextActionOn', c.nextActionOn ? formatDate(c.nextActionOn) + (c.overdue ? ` ${t('overdue')}` : '') : '—'],
    ['col.firstResponseAt', when(c.firstResponseAt)],
  ];
  if (c.status === 'CLOSED') {
    rows.push(['col.outcome', label(item('outcome', c.outcome))], ['col.closedOn', formatDate(c.closedOn)],
      ['col.note', c.closingNote || '—']);
  }
  rows.push(['col.updated', `${when(c.updatedAt)} ${c.updatedBy}`]);
  $('detail-fields').replaceChildren(...rows.flatMap(([key, value]) => [
    Object.assign(document.createElement('dt'), { textContent: t(key) }),
    Object.assign(document.createElement('dd'), { textContent: value }),
  ]));
  const open = OPEN.includes(c.status);
  $('edit-consultation').hidden = !open;
  $('act-hearing').hidden = c.status !== 'RECEIVED';
  $('act-assign').hidden = !open || !isManager();
  $('act-work').hidden = !['ASSIGNED', 'FOLLOW_UP'].includes(c.status);
  $('act-follow-up').hidden = !['IN_PROGRESS', 'FOLLOW_UP'].includes(c.status);
  $('act-card').hidden = !open;
  $('close-consultation').hidden = !['ASSIGNED', 'IN_PROGRESS', 'FOLLOW_UP'].includes(c.status);
  $('act-refer').hidden = !open;
  $('refer-form').hidden = true;
  await loadConsultationReferrals(c);
  showRecordParts($('detail-parts'), 'consultations', c.id, { prefix: 'cp' }).catch(pageError);
  await loadTimeline(c.id);
  detail.scrollIntoView({ block: 'nearest' });
}

async function loadTimeline(id) {
  const list = $('timeline');
  list.dataset.loaded = 'false';
  const { data } = await api(`consultations/${id}/timeline`);
  list.replaceChildren(...data.map((e) => {
    const li = document.createElement('li');
    li.dataset.kind = e.kind;
    const head = document.createElement('div');
    head.className = 'muted small';
    const date = e.writtenOn ? formatDate(e.writtenOn) : formatDateTime(e.occurredAt);
    head.textContent = `${date} · ${t(`step.${e.kind}`)} · ${e.actor}`;
    li.append(head);
    if (e.text) li.append(Object.assign(document.createElement('div'), { className: 'note', textContent: e.text }));
    if (e.nextAction || e.nextActionOn) {
      li.append(Object.assign(document.createElement('div'), {
        className: 'small', textContent: `${t('col.nextAction')}: ${e.nextAction || ''} ${e.nextActionOn ? formatDate(e.nextActionOn) : ''}`,
      }));
    }
    return li;
  }));
  list.dataset.loaded = 'true';
}

const MOVES = {
  hearing: { title: 'act.hearing', path: 'hearing', body: () => ({ note: value('m-note') }) },
  assign: { title: 'act.assign', path: 'assignment', body: () => ({ assigneeSubject: value('m-assignee') }) },
  work: { title: 'act.work', path: 'work', body: () => ({ experts: value('m-experts'), cityDivisions: value('m-cityDivisions') }) },
  'follow-up': { title: 'act.followUp', path: 'follow-up', body: () => ({ nextActionOn: value('m-nextActionOn'), note: value('m-note') }) },
  card: { title: 'act.card', path: 'case-cards', versioned: false,
    body: () => ({ writtenOn: value('m-writtenOn'), note: value('m-note'), nextAction: value('m-nextAction'), nextActionOn: value('m-nextActionOn') }) },
};

function value(id) {
  const text = $(id).value.trim();
  return text === '' ? null : text;
}

function openMove(kind) {
  const c = state.current;
  state.move = kind;
  $('close-form').hidden = true;
  const form = $('move-form');
  form.hidden = false;
  form.dataset.move = kind;
  clearErrors('move-errors');
  $('move-title').textContent = t(MOVES[kind].title);
  form.querySelectorAll('label[data-for]').forEach((l) => { l.hidden = !l.dataset.for.split(' ').includes(kind); });
  for (const id of ['m-note', 'm-nextAction']) $(id).value = '';
  if (kind === 'assign') fillAssignees(c.assigneeSubject);
  $('m-experts').value = c.experts || '';
  $('m-cityDivisions').value = c.cityDivisions || '';
  $('m-nextActionOn').value = c.nextActionOn || '';
  $('m-nextActionOn').min = today();
  $('m-writtenOn').value = today();
  $('m-writtenOn').max = today();
  form.querySelector('label:not([hidden]) input, label:not([hidden]) textarea')?.focus();
}

async function confirmMove(event) {
  event.preventDefault();
  const c = state.current;
  const move = MOVES[state.move];
  const headers = move.versioned === false ? {} : { 'If-Match': `"${c.version}"` };
  $('confirm-move').disabled = true;
  try {
    const { data } = await api(`consultations/${c.id}/${move.path}`, { method: 'POST', headers, body: move.body() });
    if (move.versioned === false) await openDetail(c.id); else await showDetail(data);
    await loadList();
  } catch (error) {
    if (error instanceof ProblemError && error.status === 412) {
      await openDetail(c.id);
      pageError(new Error(t('error.stale')));
    } else {
      showErrors('move-errors', error);
    }
  } finally {
    $('confirm-move').disabled = false;
  }
}

function openCloseForm() {
  $('move-form').hidden = true;
  $('close-form').hidden = false;
  clearErrors('close-errors');
  $('f-closedOn').value = today();
  $('f-closedOn').max = today();
  $('f-closedOn').min = state.current.receivedOn;
  $('f-note').value = '';
}

async function confirmClose(event) {
  event.preventDefault();
  const c = state.current;
  try {
    const { data } = await api(`consultations/${c.id}/close`, {
      method: 'POST',
      headers: { 'If-Match': `"${c.version}"` },
      body: { outcome: $('f-outcome').value, closedOn: $('f-closedOn').value, note: $('f-note').value.trim() || null },
    });
    await showDetail(data);
    await loadList();
  } catch (error) {
    showErrors('close-errors', error);
  }
}

// ---- organisations (団体登録) ---------------------------------------------------------------------

const ORG_FIELDS = ['name', 'legalForm', 'representative', 'contact', 'ward', 'foundedOn'];

function orgItem(kind, value) {
  return state.orgVocabulary[kind].find((v) => v.value === value);
}

function fieldsText(fields) {
  return (fields || []).map((v) => label(orgItem('activityField', v))).join('・');
}

async function loadOrganisations() {
  const table = $('organisation-list');
  table.dataset.loaded = 'false';
  const params = new URLSearchParams({ size: 100 });
  if ($('org-filter-status').value) params.set('status', $('org-filter-status').value);
  if ($('org-filter-field').value) params.set('field', $('org-filter-field').value);
  if ($('org-filter-due').checked) params.set('renewalDue', 'true');
  if ($('org-filter-q').value.trim()) params.set('q', $('org-filter-q').value.trim());
  try {
    const { data } = await api(`organisations?${params}`);
    const rows = data.items.map((o) => {
      const row = document.createElement('tr');
      row.dataset.id = o.id;
      row.tabIndex = 0;
      const expires = cell(formatDate(o.expiresOn), o.renewalDue ? 'overdue' : '');
      if (o.renewalDue) expires.append(Object.assign(document.createElement('span'), { className: 'badge overdue', textContent: t('org.due') }));
      row.append(cell(o.name), cell(label(orgItem('legalForm', o.legalForm))), cell(fieldsText(o.activityFields)),
        cell(o.registrationNumber || '—'), expires, cell(label(orgItem('status', o.status))));
      row.addEventListener('click', () => openOrganisation(o.id));
      row.addEventListener('keydown', (e) => { if (e.key === 'Enter') openOrganisation(o.id); });
      return row;
    });
    if (rows.length === 0) {
      const empty = document.createElement('tr');
      empty.append(Object.assign(cell(t('org.empty'), 'muted'), { colSpan: 6 }));
      rows.push(empty);
    }
    table.tBodies[0].replaceChildren(...rows);
    $('org-total').textContent = t('list.total', data.total);
    await loadRenewalReport();
    table.dataset.loaded = 'true';
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

async function loadRenewalReport() {
  const { data } = await api(`organisations/renewals?fiscalYear=${$('renewal-year').value}`);
  const rate = data.renewalRate == null ? '—' : `${Math.round(data.renewalRate * 1000) / 10}%`;
  $('renewal-report').textContent = t('org.renewalReport', data.due, data.renewed, data.lapsed, data.pending, rate);
}

function openOrgEditor(o) {
  state.organisation = o || null;
  $('org-detail').hidden = true;
  $('org-editor').hidden = false;
  clearErrors('org-form-errors');
  $('org-editor-title').textContent = t(o ? 'org.edit' : 'org.new');
  const v = o || { legalForm: 'VOLUNTARY_GROUP', activityFields: [], mailingConsent: false };
  for (const field of ORG_FIELDS) $(`o-${field}`).value = v[field] ?? '';
  $('o-mailingConsent').checked = !!v.mailingConsent;
  $('o-fields').querySelectorAll('input').forEach((box) => { box.checked = v.activityFields.includes(box.value); });
  $('o-appliedOn').value = o ? '' : today();
  $('o-appliedOn').max = today();
  $('o-appliedOn-label').hidden = !!o;
  $('o-name').focus();
}

async function saveOrganisation(event) {
  event.preventDefault();
  const body = {};
  for (const field of ORG_FIELDS) body[field] = value(`o-${field}`);
  body.activityFields = [...$('o-fields').querySelectorAll('input:checked')].map((box) => box.value);
  body.mailingConsent = $('o-mailingConsent').checked;
  const o = state.organisation;
  if (!o) body.appliedOn = value('o-appliedOn');
  $('org-save').disabled = true;
  try {
    const { data } = o
      ? await api(`organisations/${o.id}`, { method: 'PUT', body, headers: { 'If-Match': `"${o.version}"` } })
      : await api('organisations', { method: 'POST', body });
    $('org-editor').hidden = true;
    await loadOrganisations();
    showOrganisation(data);
  } catch (error) {
    showErrors('org-form-errors', error);
  } finally {
    $('org-save').disabled = false;
  }
}

async function openOrganisation(id) {
  try {
    showOrganisation((await api(`organisations/${id}`)).data);
  } catch (error) {
    pageError(error);
  }
}

function showOrganisation(o) {
  state.organisation = o;
  $('org-editor').hidden = true;
  $('org-move-form').hidden = true;
  const panel = $('org-detail');
  panel.hidden = false;
  panel.dataset.id = o.id;
  $('org-detail-name').textContent = o.name;
  showRecordParts($('org-parts'), 'organisations', o.id, { prefix: 'op' }).catch(pageError);
  $('org-status').textContent = label(orgItem('status', o.status));
  $('org-status').dataset.status = o.status;
  const rows = [
    ['org.legalForm', label(orgItem('legalForm', o.legalForm))], ['org.representative', o.representative],
    ['col.requesterContact', o.contact || '—'], ['org.ward', o.ward || '—'], ['org.field', fieldsText(o.activityFields)],
    ['org.foundedOn', o.foundedOn ? formatDate(o.foundedOn) : '—'],
    ['org.mailingConsent', t(o.mailingConsent ? 'yes' : 'no')], ['org.appliedOn', formatDate(o.appliedOn)],
    ['org.collaboration', o.hearingCollaboration || '—'], ['org.seeds', o.hearingSeeds || '—'], ['org.issues', o.hearingIssues || '—'],
  ];
  if (o.registrationNumber) {
    rows.push(['org.number', o.registrationNumber], ['org.registeredOn', formatDate(o.registeredOn)],
      ['org.expiresOn', formatDate(o.expiresOn) + (o.renewalDue ? ` ${t('org.due')}` : '')]);
  }
  if (o.refusalReason) rows.push(['org.refusalReason', o.refusalReason]);
  $('org-fields').replaceChildren(...rows.flatMap(([key, text]) => [
    Object.assign(document.createElement('dt'), { textContent: t(key) }),
    Object.assign(document.createElement('dd'), { textContent: text }),
  ]));
  const reviewing = ['APPLIED', 'HEARING_DONE'].includes(o.status);
  $('org-edit').hidden = o.status === 'REFUSED';
  $('org-act-hearing').hidden = !reviewing;
  $('org-act-register').hidden = o.status !== 'HEARING_DONE';
  $('org-act-refuse').hidden = !reviewing;
  $('org-act-renew').hidden = !o.renewalDue;
  $('org-act-lapse').hidden = !o.renewalDue;
  panel.scrollIntoView({ block: 'nearest' });
}

const ORG_MOVES = {
  hearing: { title: 'org.hearing', path: 'hearing',
    body: () => ({ collaboration: value('h-collaboration'), seeds: value('h-seeds'), issues: value('h-issues') }) },
  register: { title: 'org.register', path: 'registration',
    body: () => ({ confirmed: [...document.querySelectorAll('#r-requirements input:checked')].map((c) => c.value),
      registeredOn: value('r-registeredOn') }) },
  refuse: { title: 'org.refuse', path: 'refusal', body: () => ({ reason: value('o-refusalReason') }) },
};

/** The centre's own registration requirements, each to tick (the centre's catalogue file sets them). */
async function showRequirements() {
  if (!state.requirements) state.requirements = (await api('organisations/requirements')).data;
  $('r-requirements').replaceChildren(...state.requirements.map((r) => {
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: r.code, id: `r-req-${r.code}` });
    const tag = Object.assign(document.createElement('label'), { className: 'tag' });
    tag.append(box, ' ', Object.assign(document.createElement('span'), { textContent: lang() === 'en' ? r.en : r.ja }));
    return tag;
  }));
}

function openOrgMove(kind) {
  const o = state.organisation;
  state.orgMove = kind;
  const form = $('org-move-form');
  form.hidden = false;
  clearErrors('org-move-errors');
  $('org-move-title').textContent = t(ORG_MOVES[kind].title);
  form.querySelectorAll('[data-for]').forEach((part) => { part.hidden = part.dataset.for !== kind; });
  $('h-collaboration').value = o.hearingCollaboration || '';
  $('h-seeds').value = o.hearingSeeds || '';
  $('h-issues').value = o.hearingIssues || '';
  if (kind === 'register') showRequirements().catch(pageError);
  $('r-registeredOn').value = today();
  $('r-registeredOn').max = today();
  $('o-refusalReason').value = '';
}

async function orgRequest(path, body) {
  const o = state.organisation;
  const { data } = await api(`organisations/${o.id}/${path}`, { method: 'POST', body, headers: { 'If-Match': `"${o.version}"` } });
  showOrganisation(data);
  await loadOrganisations();
}

async function confirmOrgMove(event) {
  event.preventDefault();
  const move = ORG_MOVES[state.orgMove];
  try {
    await orgRequest(move.path, move.body());
  } catch (error) {
    showErrors('org-move-errors', error);
  }
}

async function renewalDecision(path) {
  try {
    await orgRequest(path, {});
  } catch (error) {
    pageError(error);
  }
}

// ---- programmes (講座・イベント) ------------------------------------------------------------------

function pgItem(kind, value) {
  return state.pgVocabulary[kind].find((v) => v.value === value);
}

function surveyUrl(token) {
  return new URL(`survey.html?token=${encodeURIComponent(token)}`, document.baseURI).toString();
}

function percent(share) {
  return share == null ? '—' : `${Math.round(share * 1000) / 10}%`;
}

async function loadProgrammes() {
  const table = $('programme-list');
  table.dataset.loaded = 'false';
  const year = $('pg-year').value;
  try {
    const [{ data }, figures] = await Promise.all([api(`programmes?fiscalYear=${year}`), api(`programmes/figures?fiscalYear=${year}`)]);
    const f = figures.data;
    $('pg-figures').textContent = t('pg.figures', f.programmes, f.sessions, f.participations, f.distinctParticipants,
      f.satisfactionAverage == null ? '—' : f.satisfactionAverage.toFixed(2), percent(f.understandingImprovedShare));
    const rows = data.map((p) => {
      const row = document.createElement('tr');
      row.dataset.id = p.id;
      row.tabIndex = 0;
      row.append(cell(p.name), cell(label(pgItem('kind', p.kind))), cell(label(pgItem('status', p.status))),
        cell(`${p.sessions.length} / ${p.plannedSessions}`), cell(String(p.sessions.reduce((n, x) => n + x.registered, 0))));
      row.addEventListener('click', () => openProgramme(p.id));
      return row;
    });
    if (rows.length === 0) {
      const empty = document.createElement('tr');
      empty.append(Object.assign(cell(t('pg.empty'), 'muted'), { colSpan: 5 }));
      rows.push(empty);
    }
    table.tBodies[0].replaceChildren(...rows);
    table.dataset.loaded = 'true';
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

async function planProgramme(event) {
  event.preventDefault();
  const body = { name: value('p-name'), kind: $('p-kind').value, planItem: $('p-planItem').value || null,
    audience: value('p-audience'),
    coOrganisers: value('p-coOrganisers'), description: value('p-description'),
    plannedSessions: Number($('p-plannedSessions').value), fiscalYear: Number($('pg-year').value) };
  try {
    const { data } = await api('programmes', { method: 'POST', body });
    clearErrors('pg-errors');
    $('p-name').value = '';
    await loadProgrammes();
    showProgramme(data);
  } catch (error) {
    showErrors('pg-errors', error);
  }
}

async function openProgramme(id) {
  try {
    showProgramme((await api(`programmes/${id}`)).data);
  } catch (error) {
    pageError(error);
  }
}

async function showProgramme(p) {
  state.programme = p;
  $('session-panel').hidden = true;
  const panel = $('pg-detail');
  panel.hidden = false;
  panel.dataset.id = p.id;
  $('pg-detail-name').textContent = p.name;
  $('pg-status').textContent = label(pgItem('status', p.status));
  $('pg-status').dataset.status = p.status;
  $('pg-advance').hidden = p.status === 'EVALUATED';
  const link = new URL(`programme.html?centre=${state.me.centre.id}&id=${p.id}`, document.baseURI).toString();
  $('pg-public-link').href = link;
  $('pg-public-link').textContent = link;
  $('session-list').tBodies[0].replaceChildren(...p.sessions.map((x) => {
    const row = document.createElement('tr');
    row.dataset.id = x.id;
    row.tabIndex = 0;
    row.append(cell(x.title), cell(formatDate(x.date)), cell(`${x.start.slice(0, 5)}–${x.end.slice(0, 5)}`),
      cell(label(pgItem('placeKind', x.placeKind)) + (x.placeNote ? ` ${x.placeNote}` : '')), cell(String(x.capacity)),
      cell(String(x.registered)), cell(String(x.waiting)));
    row.addEventListener('click', () => openSession(x));
    return row;
  }));
  const rooms = (state.spaces || (await api('spaces')).data).filter((sp) => sp.kind === 'ROOM' && sp.active);
  $('ss-spaceId').replaceChildren(new Option('—', ''), ...rooms.map((sp) => new Option(sp.name, sp.id)));
  if (!$('ss-date').value) $('ss-date').value = today();
  const { data } = await api(`programmes/${p.id}/survey-results`);
  $('pg-results').textContent = t('pg.results', data.answers, data.satisfactionAverage == null ? '—' : data.satisfactionAverage.toFixed(2),
    percent(data.understandingImprovedShare), percent(data.motivationImprovedShare));
  panel.scrollIntoView({ block: 'nearest' });
}

async function advanceProgramme() {
  const p = state.programme;
  try {
    const { data } = await api(`programmes/${p.id}/advance`, { method: 'POST', headers: { 'If-Match': `"${p.version}"` } });
    await showProgramme(data);
    await loadProgrammes();
  } catch (error) {
    pageError(error);
  }
}

async function addSession(event) {
  event.preventDefault();
  const p = state.programme;
  const body = { title: value('ss-title'), date: $('ss-date').value, start: $('ss-start').value, end: $('ss-end').value,
    placeKind: $('ss-placeKind').value, spaceId: $('ss-spaceId').value || null, placeNote: value('ss-placeNote'),
    lecturer: value('ss-lecturer'), capacity: Number($('ss-capacity').value) };
  try {
    const { data } = await api(`programmes/${p.id}/sessions`, { method: 'POST', body });
    clearErrors('session-errors');
    $('ss-title').value = '';
    await showProgramme(data);
    await loadProgrammes();
  } catch (error) {
    showErrors('session-errors', error);
  }
}

async function openSession(x) {
  state.session = x;
  const panel = $('session-panel');
  panel.hidden = false;
  panel.dataset.id = x.id;
  $('session-title').textContent = `${x.title}（${formatDate(x.date)} ${x.start.slice(0, 5)}–${x.end.slice(0, 5)}）`;
  await loadRegistrations();
  panel.scrollIntoView({ block: 'nearest' });
}

async function loadRegistrations() {
  const x = state.session;
  const table = $('registration-list');
  table.dataset.loaded = 'false';
  try {
    const [{ data }, results] = await Promise.all([api(`programmes/sessions/${x.id}/registrations`),
      api(`programmes/sessions/${x.id}/survey-results`)]);
    table.tBodies[0].replaceChildren(...data.map((r) => {
      const row = document.createElement('tr');
      row.dataset.id = r.id;
      row.dataset.status = r.status;
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: r.attended,
        disabled: r.status !== 'REGISTERED' });
      box.dataset.registration = r.id;
      box.setAttribute('aria-label', t('pg.presentOf', r.name));
      const present = document.createElement('td');
      present.append(box);
      const status = label(pgItem('registrationStatus', r.status)) + (r.waitingPosition ? ` ${r.waitingPosition}` : '');
      const link = document.createElement('td');
      if (r.status !== 'CANCELLED') {
        link.append(Object.assign(document.createElement('a'), { href: surveyUrl(r.surveyToken), textContent: t('pg.survey'), target: '_blank' }),
          ' ', Object.assign(document.createElement('a'), { href: new URL(`api/v1/public/surveys/${encodeURIComponent(r.surveyToken)}/qr`, document.baseURI).toString(),
            textContent: 'QR', target: '_blank' }));
      }
      const actions = document.createElement('td');
      if (r.status !== 'CANCELLED') {
        const cancel = Object.assign(document.createElement('button'), { type: 'button', textContent: t('bk.cancel') });
        cancel.addEventListener('click', () => cancelRegistration(r.id));
        actions.append(cancel);
      }
      row.append(present, cell(String(r.sequence)), cell(r.name), cell(r.contact), cell(r.organisation || '—'), cell(status), link, actions);
      return row;
    }));
    const s = results.data;
    $('session-results').textContent = t('pg.results', s.answers, s.satisfactionAverage == null ? '—' : s.satisfactionAverage.toFixed(2),
      percent(s.understandingImprovedShare), percent(s.motivationImprovedShare))
      + (s.comments.length ? ` ${t('pg.comments')}: ${s.comments.join(' / ')}` : '');
    table.dataset.loaded = 'true';
  } catch (error) {
    pageError(error);
  }
}

async function saveAttendance() {
  const present = [...$('registration-list').querySelectorAll('input[data-registration]:checked')].map((box) => box.dataset.registration);
  try {
    await api(`programmes/sessions/${state.session.id}/attendance`, { method: 'PUT', body: { present } });
    clearErrors('attendance-errors');
    await loadRegistrations();
    await loadProgrammes();
  } catch (error) {
    showErrors('attendance-errors', error);
  }
}

async function cancelRegistration(id) {
  try {
    await api(`programmes/registrations/${id}/cancel`, { method: 'POST' });
    await loadRegistrations();
  } catch (error) {
    showErrors('attendance-errors', error);
  }
}

async function registerWalkIn(event) {
  event.preventDefault();
  const body = { name: value('w-name'), contact: value('w-contact'), organisation: value('w-organisation'),
    participantBaseConsent: $('w-consent').checked };
  try {
    await api(`programmes/sessions/${state.session.id}/registrations`, { method: 'POST', body });
    clearErrors('walkin-errors');
    for (const id of ['w-name', 'w-contact', 'w-organisation']) $(id).value = '';
    await loadRegistrations();
  } catch (error) {
    showErrors('walkin-errors', error);
  }
}

async function loadParticipants() {
  try {
    const { data } = await api('programmes/participants');
    const table = $('participant-list');
    table.hidden = false;
    table.tBodies[0].replaceChildren(...data.map((x) => {
      const row = document.createElement('tr');
      row.append(cell(x.name), cell(x.contact), cell(x.organisation || '—'), cell(String(x.sessionsAttended)), cell(formatDate(x.lastAttended)));
      return row;
    }));
  } catch (error) {
    pageError(error);
  }
}

function fillProgrammeOptions() {
  const fill = (select, kind, keepFirst = false) => {
    const chosen = select.value;
    select.replaceChildren(...(keepFirst ? [select.options[0]] : []),
      ...state.pgVocabulary[kind].map((v) => new Option(label(v), v.value)));
    if (chosen) select.value = chosen;
  };
  fill($('p-kind'), 'kind');
  fill($('p-planItem'), 'planItem', true);
  fill($('ss-placeKind'), 'placeKind');
  fillFiscalYears($('pg-year'), false);
}

// ---- spaces and bookings (貸館・予約) -------------------------------------------------------------

const BOOKING_REFRESH_MS = 5000;

function bkItem(kind, value) {
  return state.bkVocabulary[kind].find((v) => v.value === value);
}

async function loadBookings() {
  const date = $('bk-date').value;
  try {
    const [grid, day, spaces] = await Promise.all([
      api(`public/availability?centre=${state.me.centre.id}&date=${date}`),
      api(`bookings?date=${date}`),
      api('spaces'),
    ]);
    state.spaces = spaces.data;
    if (!$('bk-spaces').hidden) drawSpaceList();
    drawGrid($('bk-grid'), grid.data.spaces, { onFreeCell: openBookingForm,
      labelOf: (s) => `${s.name}${s.capacity ? `（${t('public.capacity', s.capacity)}）` : ''}` });
    $('bk-grid').dataset.loaded = 'true';
    drawBookingList(day.data);
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

function drawBookingList(bookings) {
  const table = $('bk-list');
  const isToday = $('bk-date').value === today();
  const rows = bookings.map((b) => {
    const row = document.createElement('tr');
    row.dataset.id = b.id;
    row.dataset.status = b.status;
    row.append(cell(`${b.start.slice(0, 5)}–${b.end.slice(0, 5)}`), cell(b.spaceName), cell(b.bookerName),
      cell(label(bkItem('purpose', b.purpose))), cell(String(b.headcount)),
      cell(label(bkItem('status', b.status)) + (b.declineReason ? `（${b.declineReason}）` : '')));
    const actions = document.createElement('td');
    const button = (key, action, body) => {
      const btn = Object.assign(document.createElement('button'), { type: 'button', textContent: t(key) });
      btn.dataset.action = action;
      btn.addEventListener('click', () => bookingAction(b, action, body));
      actions.append(btn);
    };
    if (b.status === 'REQUESTED') {
      button('bk.approve', 'approve');
      button('bk.decline', 'decline', () => {
        const reason = prompt(t('bk.declineReason'));
        return reason ? { reason } : null;
      });
    }
    if (b.status === 'REQUESTED' || b.status === 'CONFIRMED') button('bk.cancel', 'cancel');
    if (b.status === 'CONFIRMED' && isToday) button('bk.checkIn', 'check-in');
    if (b.status === 'CHECKED_IN') button('bk.complete', 'complete');
    row.append(actions);
    return row;
  });
  if (rows.length === 0) {
    const empty = document.createElement('tr');
    empty.append(Object.assign(cell(t('bk.empty'), 'muted'), { colSpan: 7 }));
    rows.push(empty);
  }
  table.tBodies[0].replaceChildren(...rows);
  table.dataset.loaded = 'true';
}

async function bookingAction(b, action, bodyOf) {
  const body = bodyOf ? bodyOf() : undefined;
  if (bodyOf && !body) return;
  try {
    await api(`bookings/${b.id}/${action}`, { method: 'POST', headers: { 'If-Match': `"${b.version}"` }, body });
    clearErrors('bk-list-errors');
    await loadBookings();
  } catch (error) {
    showErrors('bk-list-errors', error);
  }
}

/** The bookings page on {@code date} (the calendar's week: a room's free day), its grid scrolled to {@code spaceId}. */
async function showDay(date, spaceId) {
  $('bk-date').value = date;
  location.hash = '#bookings';
  await loadBookings();
  const row = spaceId && document.querySelector(`#bk-grid tr[data-space="${spaceId}"]`);
  if (row) {
    row.scrollIntoView({ block: 'center' });
    row.querySelector('td.free')?.focus();
  }
}

async function openBookingForm(space, start) {
  const editor = $('bk-editor');
  editor.hidden = false;
  clearErrors('bk-errors');
  $('b-spaceId').replaceChildren(...state.spaces.filter((s) => s.active)
    .map((s) => new Option(`${s.name}（${label(bkItem('spaceKind', s.kind))}）`, s.id)));
  $('b-spaceId').value = space.spaceId;
  $('b-date').value = $('bk-date').value;
  $('b-start').value = start;
  const [h, m] = start.split(':').map(Number);
  const end = h * 60 + m + Math.max(60, space.slotMinutes);
  $('b-end').value = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  $('b-equipment').replaceChildren($('b-equipment').querySelector('legend'), ...state.spaces
    .filter((s) => s.kind === 'EQUIPMENT' && s.active && s.id !== space.spaceId).map((s) => {
      const tag = document.createElement('label');
      tag.className = 'tag';
      tag.append(Object.assign(document.createElement('input'), { type: 'checkbox', value: s.id }), ` ${s.name}`);
      return tag;
    }));
  const { data } = await api('organisations?status=REGISTERED&size=100');
  $('b-organisationId').replaceChildren(...data.items.map((o) => new Option(o.name, o.id)));
  toggleBookerFields();
  editor.scrollIntoView({ block: 'nearest' });
  // space, day and times come from the slot: the person goes on with who books it
  $('b-bookerKind').focus();
}

function toggleBookerFields() {
  const organisation = $('b-bookerKind').value === 'REGISTERED_ORGANISATION';
  $('b-organisation-label').hidden = !organisation;
  $('b-bookerName-label').hidden = organisation;
}

async function saveBooking(event) {
  event.preventDefault();
  const organisation = $('b-bookerKind').value === 'REGISTERED_ORGANISATION';
  const body = {
    spaceId: $('b-spaceId').value, bookerKind: $('b-bookerKind').value, purpose: $('b-purpose').value,
    organisationId: organisation ? $('b-organisationId').value || null : null,
    bookerName: organisation ? null : value('b-bookerName'),
    date: $('b-date').value, start: $('b-start').value, end: $('b-end').value,
    headcount: Number($('b-headcount').value), note: value('b-note'),
    equipmentIds: [...$('b-equipment').querySelectorAll('input:checked')].map((box) => box.value),
  };
  if ($('b-repeat').value) {
    body.repeat = $('b-repeat').value;
    body.occurrences = Number($('b-occurrences').value);
  }
  $('bk-save').disabled = true;
  try {
    const { data } = await api('bookings', { method: 'POST', body });
    $('bk-editor').hidden = true;
    $('bk-result').textContent = t('bk.made', data.bookings.length, data.skipped.map((x) => `${x.date} ${lang() === 'en' ? x.reasonEn : x.reason}`).join(' / '));
    $('bk-result').hidden = false;
    await loadBookings();
  } catch (error) {
    showErrors('bk-errors', error);
  } finally {
    $('bk-save').disabled = false;
  }
}

async function loadUsage() {
  const month = $('bk-month').value;
  if (!month || !state.spaces) return;
  try {
    const reports = await Promise.all(state.spaces.filter((s) => s.kind === 'ROOM')
      .map((s) => api(`spaces/${s.id}/usage?month=${month}`).then((r) => r.data)));
    $('bk-usage').replaceChildren(...reports.map((r) => Object.assign(document.createElement('li'), { textContent: t('bk.usageLine', r) })));
  } catch (error) {
    pageError(error);
  }
}

function drawSpaceList() {
  const list = $('space-list');
  list.tBodies[0].replaceChildren(...(state.spaces || []).map((sp) => {
    const row = document.createElement('tr');
    row.dataset.id = sp.id;
    const edit = Object.assign(document.createElement('button'), { type: 'button', textContent: t('detail.edit') });
    edit.addEventListener('click', () => editSpace(sp));
    const actions = document.createElement('td');
    actions.append(edit);
    row.append(cell(sp.name + (sp.active ? '' : ` ${t('bk.inactive')}`)), cell(label(bkItem('spaceKind', sp.kind))),
      cell(sp.capacity ?? '—'), cell(describeHours(sp.openingHours)), cell(sp.eligible.map((k) => label(bkItem('bookerKind', k))).join('・')),
      actions);
    return row;
  }));
}

function editSpace(sp, focus = true) {
  state.editingSpace = sp || null;
  clearErrors('space-errors');
  $('space-form-title').textContent = t(sp ? 'bk.editSpace' : 'bk.addSpace');
  $('s-active-label').hidden = !sp;
  $('s-kind').disabled = !!sp;
  const v = sp || { name: '', kind: 'ROOM', capacity: 30, slotMinutes: 30, maxHoursPerDay: 3, maxDaysAhead: 90,
    approvalRequired: false, active: true, eligible: ['REGISTERED_ORGANISATION', 'CENTRE_INTERNAL'],
    openingHours: 'MON=09:00-21:00;TUE=09:00-21:00;WED=09:00-21:00;THU=09:00-21:00;FRI=09:00-21:00;SAT=09:00-17:00' };
  $('s-name').value = v.name;
  $('s-kind').value = v.kind;
  $('s-capacity').value = v.capacity ?? '';
  $('s-slotMinutes').value = String(v.slotMinutes);
  $('s-maxHoursPerDay').value = v.maxHoursPerDay ?? '';
  $('s-maxDaysAhead').value = v.maxDaysAhead;
  drawHoursEditor($('s-openingHours'), v.openingHours);
  $('s-approvalRequired').checked = v.approvalRequired;
  $('s-active').checked = v.active;
  $('s-eligible').querySelectorAll('input').forEach((box) => { box.checked = v.eligible.includes(box.value); });
  if (focus) $('s-name').focus();
}

async function saveSpace(event) {
  event.preventDefault();
  const kind = $('s-kind').value;
  const body = {
    name: value('s-name'), kind, capacity: kind === 'ROOM' ? Number($('s-capacity').value) : null,
    openingHours: hoursOf($('s-openingHours')), slotMinutes: Number($('s-slotMinutes').value),
    eligible: [...$('s-eligible').querySelectorAll('input:checked')].map((box) => box.value),
    maxHoursPerDay: $('s-maxHoursPerDay').value ? Number($('s-maxHoursPerDay').value) : null,
    maxDaysAhead: Number($('s-maxDaysAhead').value), approvalRequired: $('s-approvalRequired').checked,
  };
  const editing = state.editingSpace;
  try {
    if (editing) {
      body.active = $('s-active').checked;
      await api(`spaces/${editing.id}`, { method: 'PUT', body, headers: { 'If-Match': `"${editing.version}"` } });
    } else {
      await api('spaces', { method: 'POST', body });
    }
    clearErrors('space-errors');
    editSpace(null, false);
    await loadBookings();
    await loadUsage();
  } catch (error) {
    showErrors('space-errors', error);
  }
}

function fillBookingOptions() {
  const fill = (select, kind) => {
    const chosen = select.value;
    select.replaceChildren(...state.bkVocabulary[kind].map((v) => new Option(label(v), v.value)));
    if (chosen) select.value = chosen;
  };
  fill($('b-bookerKind'), 'bookerKind');
  fill($('b-purpose'), 'purpose');
  fill($('s-kind'), 'spaceKind');
  const chosen = [...$('s-eligible').querySelectorAll('input:checked')].map((box) => box.value);
  $('s-eligible').replaceChildren($('s-eligible').querySelector('legend'), ...state.bkVocabulary.bookerKind.map((v) => {
    const tag = document.createElement('label');
    tag.className = 'tag';
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: v.value,
      checked: chosen.length ? chosen.includes(v.value) : v.value !== 'COLLABORATION_EVENT' });
    tag.append(box, ` ${label(v)}`);
    return tag;
  }));
  if (!state.editingSpace && !$('s-openingHours').querySelector('.hours-day')) editSpace(null, false);
}

// ---- CSV out and in -----------------------------------------------------------------------------

async function exportCsv() {
  const year = $('filter-fiscal-year').value || String(fiscalYearOf());
  try {
    const response = await fetch(new URL(`api/v1/consultations/export?fiscalYear=${year}`, document.baseURI),
      { headers: { Authorization: `Bearer ${token()}` } });
    if (!response.ok) throw new ProblemError(response.status, await response.json().catch(() => null));
    const link = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(await response.blob()), download: `consultations-FY${year}.csv`,
    });
    link.click();
    URL.revokeObjectURL(link.href);
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

async function importCsv(event) {
  event.preventDefault();
  const file = $('import-file').files[0];
  clearErrors('import-errors');
  $('import-result').hidden = true;
  if (!file) {
    showErrors('import-errors', new Error(t('csv.noFile')));
    return;
  }
  $('confirm-import').disabled = true;
  try {
    const response = await fetch(new URL('api/v1/consultations/import', document.baseURI), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token()}`, 'Content-Type': `text/csv; charset=${$('import-charset').value}`, Accept: 'application/json' },
      body: await file.arrayBuffer(),
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) throw new ProblemError(response.status, data);
    $('import-result').textContent = t('csv.imported', data.imported, data.alreadyImported, data.ignoredColumns);
    $('import-result').hidden = false;
    state.page = 0;
    await loadList();
  } catch (error) {
    showErrors('import-errors', error);
  } finally {
    $('confirm-import').disabled = false;
  }
}

// ---- referrals between centres ------------------------------------------------------------------

function centreName(centre) {
  return lang() === 'en' ? centre.nameEn : centre.nameJa;
}

async function loadInboxCount() {
  const { data } = await api('referrals?box=incoming&status=SENT&size=1');
  const badge = $('inbox-count');
  badge.textContent = String(data.total);
  badge.hidden = data.total === 0;
}

async function loadReferrals() {
  const table = $('referral-list');
  table.dataset.loaded = 'false';
  const params = new URLSearchParams({ box: $('referral-box').value, size: 100 });
  if ($('referral-status').value) params.set('status', $('referral-status').value);
  try {
    const { data } = await api(`referrals?${params}`);
    const rows = data.items.map((r) => {
      const row = document.createElement('tr');
      row.dataset.id = r.id;
      row.dataset.status = r.status;
      row.tabIndex = 0;
      const counterpart = r.direction === 'INCOMING' ? r.fromCentre : r.toCentre;
      row.append(cell(formatDateTime(r.sentAt)), cell(centreName(counterpart)),
        cell(label(item('track', r.track))), cell(r.summary.length > 60 ? `${r.summary.slice(0, 60)}…` : r.summary),
        cell(label(item('referralStatus', r.status))));
      row.addEventListener('click', () => openReferral(r.id));
      row.addEventListener('keydown', (e) => { if (e.key === 'Enter') openReferral(r.id); });
      return row;
    });
    if (rows.length === 0) {
      const empty = document.createElement('tr');
      empty.append(Object.assign(cell(t('referrals.empty'), 'muted'), { colSpan: 5 }));
      rows.push(empty);
    }
    table.tBodies[0].replaceChildren(...rows);
    await loadInboxCount();
    table.dataset.loaded = 'true';
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

async function openReferral(id) {
  try {
    const { data } = await api(`referrals/${id}`);
    showReferral(data);
  } catch (error) {
    pageError(error);
  }
}

function showReferral(r) {
  state.referral = r;
  const panel = $('referral-detail');
  panel.hidden = false;
  panel.dataset.id = r.id;
  $('decline-form').hidden = true;
  clearErrors('referral-errors');
  $('referral-status-badge').textContent = label(item('referralStatus', r.status));
  $('referral-status-badge').dataset.status = r.status;
  const when = (instant) => (instant ? formatDateTime(instant) : '—');
  const rows = [
    ['referral.from', centreName(r.fromCentre)], ['referral.to', centreName(r.toCentre)],
    ['referral.sentAt', `${when(r.sentAt)} ${r.sentBy}`], ['col.requesterKind', label(item('requesterKind', r.requesterKind))],
    ['col.track', label(item('track', r.track))], ['col.stage', r.stage ? label(item('stage', r.stage)) : '—'],
    ['col.topic', topicsText(r.topics)], ['referral.summary', r.summary],
    ['referral.contact', r.contactConsent ? `${r.requesterName || ''} ${r.requesterContact || ''}`.trim() || '—' : t('referral.noConsent')],
  ];
  if (r.answeredAt) rows.push(['referral.answeredAt', `${when(r.answeredAt)} ${r.answeredBy}`]);
  if (r.declineReason) rows.push(['referral.reason', r.declineReason]);
  $('referral-fields').replaceChildren(...rows.flatMap(([key, value]) => [
    Object.assign(document.createElement('dt'), { textContent: t(key) }),
    Object.assign(document.createElement('dd'), { textContent: value }),
  ]));
  const waiting = r.status === 'SENT';
  $('accept-referral').hidden = !(waiting && r.direction === 'INCOMING');
  $('decline-referral').hidden = !(waiting && r.direction === 'INCOMING');
  $('withdraw-referral').hidden = !(waiting && r.direction === 'OUTGOING');
  $('open-linked').hidden = !r.linkedConsultationId;
  $('open-source').hidden = !r.sourceConsultationId;
  panel.scrollIntoView({ block: 'nearest' });
}

async function answerReferral(action, body) {
  const r = state.referral;
  try {
    const { data } = await api(`referrals/${r.id}/${action}`, { method: 'POST', body: body ?? {} });
    showReferral(data);
    await loadReferrals();
  } catch (error) {
    showErrors('referral-errors', error);
    if (error instanceof ProblemError && error.status === 409) await openReferral(r.id).catch(() => {});
  }
}

/** Opens an inbox item's record on its page (pages whose lists show the waiting work open on the list). */
async function openRecord(page, id) {
  try {
    if (page === 'consultations') { await openConsultation(id); return; }
    if (page === 'meetings') {
      location.hash = '#network';
      await openMeeting(id);
      return;
    }
    if (page === 'surveys' || page === 'surveys-division') {
      // the annual survey lives on the collaboration page: an office's answer, or (the division) the survey
      location.hash = '#collaboration';
      await (page === 'surveys' ? openAnswer(id) : openSurvey(id));
      return;
    }
    location.hash = `#${page}`;
    if (page === 'referrals') await openReferral(id);
    if (page === 'organisations') await openOrganisation(id);
    if (page === 'collaboration') await openSheet(id);
    if (page === 'programmes') await openProgramme(id);
  } catch (error) {
    pageError(error);
  }
}

async function openConsultation(id) {
  location.hash = '#consultations';
  await openDetail(id);
}

async function loadConsultationReferrals(c) {
  const box = $('consultation-referrals');
  const { data } = await api(`consultations/${c.id}/referrals`);
  box.hidden = data.length === 0 && !c.referralId;
  const items = data.map((r) => {
    const li = document.createElement('li');
    li.dataset.status = r.status;
    li.textContent = `→ ${centreName(r.toCentre)}: ${label(item('referralStatus', r.status))}${r.declineReason ? `（${r.declineReason}）` : ''}`;
    return li;
  });
  if (c.referralId) {
    const li = document.createElement('li');
    const link = Object.assign(document.createElement('button'), { type: 'button', className: 'link', textContent: t('referral.receivedVia') });
    link.addEventListener('click', () => { location.hash = '#referrals'; openReferral(c.referralId); });
    li.append(link);
    items.unshift(li);
  }
  $('consultation-referral-list').replaceChildren(...items);
}

function openReferForm() {
  $('move-form').hidden = true;
  $('close-form').hidden = true;
  $('refer-form').hidden = false;
  clearErrors('refer-errors');
  const own = state.me.centre.id;
  $('r-toCentre').replaceChildren(...state.centres.filter((c) => c.id !== own)
    .map((c) => new Option(lang() === 'en' ? c.displayNameEn : c.displayNameJa, c.id)));
  $('r-summary').value = state.current.summary;
  $('r-contactConsent').checked = false;
  $('r-toCentre').focus();
}

async function confirmRefer(event) {
  event.preventDefault();
  const c = state.current;
  $('confirm-refer').disabled = true;
  try {
    await api(`consultations/${c.id}/referrals`, {
      method: 'POST',
      body: { toCentre: $('r-toCentre').value, summary: $('r-summary').value.trim(), contactConsent: $('r-contactConsent').checked },
    });
    await openDetail(c.id);
  } catch (error) {
    showErrors('refer-errors', error);
  } finally {
    $('confirm-refer').disabled = false;
  }
}

// ---- staff directory ------------------------------------------------------------------------------

/** The assignment's choices: the centre's active people from the staff directory. */
async function fillAssignees(current) {
  const select = $('m-assignee');
  select.replaceChildren(new Option(t('staff.choose'), ''));
  try {
    const { data } = await api('staff?active=true');
    select.append(...data.map((p) => new Option(`${p.name}（${p.roles.map((r) => roleLabel(r)).join('・')}）`, p.subject)));
    if (current && data.some((p) => p.subject === current)) select.value = current;
    if (!data.length) showErrors('move-errors', t('staff.none'));
  } catch (error) {
    pageError(error);
  }
}

function roleLabel(role) {
  return t(`role.${role}`);
}

async function loadStaff() {
  const table = $('staff-list');
  table.dataset.loaded = 'false';
  const manager = state.me.roles.some((r) => ['centre-manager', 'network-coordinator'].includes(r));
  try {
    const { data } = await api('staff');
    table.tBodies[0].replaceChildren(...data.map((p) => {
      const row = document.createElement('tr');
      row.dataset.subject = p.subject;
      const change = document.createElement('td');
      if (manager && p.subject !== state.me.subject) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'link';
        button.textContent = t(p.active ? 'staff.deactivate' : 'staff.reactivate');
        button.addEventListener('click', async () => {
          try {
            await api(`staff/${p.id}`, { method: 'PUT', body: { active: !p.active }, headers: { 'If-Match': `"${p.version}"` } });
            loadStaff();
          } catch (error) {
            pageError(error);
          }
        });
        change.append(button);
      }
      row.append(cell(p.name), cell(p.email || '—'), cell(p.roles.map(roleLabel).join('・')),
        cell(t(p.active ? 'staff.active' : 'staff.inactive')),
        cell(formatDateTime(p.lastSeenAt)), change);
      return row;
    }));
    table.dataset.loaded = 'true';
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

// ---- audit log (managers) ------------------------------------------------------------------------

/** The audit log's filters as the address keeps them (#audit?actor=…&action=…). */
const AUDIT_FILTERS = { actor: 'audit-actor', action: 'audit-action', recordType: 'audit-type', from: 'audit-from', to: 'audit-to' };
/** A page's saved views: drawn the first time the page opens, their choice brought up to date after. */
function showSavedViews(page, hostId) {
  state.views = state.views || {};
  if (state.views[page]) state.views[page]();
  else savedViews($(hostId), page).then((redraw) => { state.views[page] = redraw; }).catch(pageError);
}

const CONSULTATION_FILTERS = { status: 'filter-status', track: 'filter-track', topic: 'filter-topic', fiscalYear: 'filter-fiscal-year',
  mine: 'filter-mine', overdue: 'filter-overdue', q: 'filter-q', sort: 'filter-sort' };

/** Where a kind of record in the audit log opens (the pages that can open one record by its id). */
const AUDIT_OPENS = { consultation: 'consultations', organisation: 'organisations', referral: 'referrals', programme: 'programmes',
  'evaluation-sheet': 'collaboration' };
const AUDIT_TYPES = ['consultation', 'organisation', 'referral', 'staff-directory', 'booking', 'space', 'programme', 'programme-session',
  'collaboration-proposal', 'collaboration-project', 'collaboration-contract', 'evaluation-sheet', 'collaboration-survey',
  'collaboration-survey-answer'];

function fillAuditOptions() {
  const action = $('audit-action');
  const chosenAction = action.value;
  action.replaceChildren(action.options[0], ...['READ_PERSONAL_DATA', 'CREATE', 'UPDATE', 'CLOSE', 'DELETE'].map((a) => new Option(t(`audit.${a}`), a)));
  action.value = chosenAction;
  const type = $('audit-type');
  const chosenType = type.value;
  type.replaceChildren(type.options[0], ...AUDIT_TYPES.map((k) => new Option(t(`record.${k}`), k)));
  type.value = chosenType;
}

async function loadAudit() {
  const table = $('audit-list');
  table.dataset.loaded = 'false';
  try {
    const query = new URLSearchParams({ page: state.auditPage, size: 50 });
    for (const [name, id] of Object.entries(AUDIT_FILTERS)) if ($(id).value.trim()) query.set(name, $(id).value.trim());
    const { data } = await api(`audit-entries?${query}`);
    table.tBodies[0].replaceChildren(...(data.items.length ? data.items.map((e) => {
      const row = document.createElement('tr');
      const record = document.createElement('td');
      const opens = AUDIT_OPENS[e.recordType];
      if (opens && e.action !== 'DELETE') {
        const link = Object.assign(document.createElement('button'), { type: 'button', className: 'link', textContent: t('audit.open', t(`record.${e.recordType}`)) });
        link.addEventListener('click', () => openRecord(opens, e.recordId));
        record.append(link);
      } else {
        record.textContent = t(`record.${e.recordType}`);
      }
      const trail = Object.assign(document.createElement('button'), { type: 'button', className: 'link small', textContent: t('audit.history') });
      trail.addEventListener('click', () => {
        window.history.replaceState(null, '', `${location.pathname}#audit`);
        for (const id of Object.values(AUDIT_FILTERS)) $(id).value = '';
        state.auditPage = 0;
        loadAuditOf(e.recordType, e.recordId);
      });
      record.append(' ', trail);
      row.append(cell(formatDateTime(e.occurredAt)), cell(e.actor), cell(t(`audit.${e.action}`)), record);
      return row;
    }) : [Object.assign(document.createElement('tr'), { className: 'muted', innerHTML: '<td colspan="4"></td>' })]));
    if (!data.items.length) table.tBodies[0].rows[0].cells[0].textContent = t('audit.none');
    const pages = Math.max(1, Math.ceil(data.total / 50));
    $('audit-page-info').textContent = `${t('list.total', data.total)} · ${t('page.info', state.auditPage + 1, pages)}`;
    $('audit-prev').disabled = state.auditPage === 0;
    $('audit-next').disabled = state.auditPage + 1 >= pages;
    table.dataset.loaded = 'true';
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

/** One record's lines only (from a line's 「この記録の履歴」). */
async function loadAuditOf(recordType, recordId) {
  $('audit-type').value = recordType;
  const table = $('audit-list');
  table.dataset.loaded = 'false';
  try {
    const { data } = await api(`audit-entries?size=100&recordType=${encodeURIComponent(recordType)}&recordId=${encodeURIComponent(recordId)}`);
    table.tBodies[0].replaceChildren(...data.items.map((e) => {
      const row = document.createElement('tr');
      row.append(cell(formatDateTime(e.occurredAt)), cell(e.actor), cell(t(`audit.${e.action}`)), cell(t(`record.${e.recordType}`)));
      return row;
    }));
    $('audit-page-info').textContent = t('audit.ofRecord', data.total);
    $('audit-prev').disabled = true;
    $('audit-next').disabled = true;
    table.dataset.loaded = 'true';
  } catch (error) {
    pageError(error);
  }
}

// ---- HQ figures ----------------------------------------------------------------------------------

async function loadHq() {
  try {
    const { data } = await api(`hq/consultation-figures?fiscalYear=${$('hq-fiscal-year').value}`);
    $('hq-table').tBodies[0].replaceChildren(...data.centres.map((c) => {
      const row = document.createElement('tr');
      row.append(cell(lang() === 'en' ? c.centreEn : c.centreJa), cell(c.received), cell(c.activity), cell(c.facilityInquiries), cell(c.open), cell(c.closed));
      return row;
    }));
    const total = document.createElement('tr');
    total.append(cell(t('hq.total')), cell(data.received), cell(data.activity), cell(data.facilityInquiries), cell(data.open), cell(data.closed));
    $('hq-table').tFoot.replaceChildren(total);
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

// ---- shell ---------------------------------------------------------------------------------------

const PAGES = ['inbox', 'consultations', 'organisations', 'programmes', 'bookings', 'calendar', 'collaboration', 'network', 'dashboard', 'kpi', 'referrals', 'staff', 'audit', 'hq'];

function canUse(page) {
  const roles = state.me.roles;
  if (page === 'consultations') return roles.some((r) => ['centre-staff', 'centre-manager', 'network-coordinator'].includes(r));
  if (page === 'inbox') return canUse('consultations') || roles.some((r) => ['hq-analyst', 'ward-officer', 'bureau-officer'].includes(r));
  if (['referrals', 'organisations', 'bookings', 'calendar', 'programmes', 'network', 'staff'].includes(page)) return canUse('consultations');
  if (page === 'audit') return roles.includes('centre-manager');
  if (page === 'hq') return roles.some((r) => ['hq-analyst', 'network-coordinator'].includes(r));
  if (page === 'collaboration') return canUse('consultations') || roles.some((r) => ['hq-analyst', 'ward-officer', 'bureau-officer'].includes(r));
  if (page === 'kpi' || page === 'dashboard') return canUse('consultations') || roles.includes('hq-analyst');
  return false;
}

/** Where a person lands: the city's division (HQ) on the city's figures; everyone else on their inbox. */
function landing(pages) {
  const hqOnly = state.me.roles.includes('hq-analyst') && !canUse('consultations');
  return hqOnly && pages.includes('hq') ? 'hq' : pages[0];
}

function route() {
  const pages = PAGES.filter(canUse);
  const wanted = hashPage();
  const page = pages.includes(wanted) ? wanted : landing(pages);
  for (const p of PAGES) {
    $(`${p}-page`).hidden = p !== page;
    $(`nav-${p}`).hidden = !canUse(p);
    $(`nav-${p}`).classList.toggle('active', p === page);
  }
  if (page === 'inbox') { $('mail-settings').hidden = !canUse('consultations'); loadInbox(); }
  if (page === 'consultations') {
    restoreFilters(CONSULTATION_FILTERS); state.showSort?.(); loadList();
    showSavedViews('consultations', 'consultation-views');
  }
  if (page === 'referrals') loadReferrals();
  if (page === 'organisations') loadOrganisations();
  if (page === 'programmes') loadProgrammes();
  if (page === 'collaboration') { loadCollaboration(); loadSurveys().catch(pageError); }
  if (page === 'network') loadNetwork();
  if (page === 'calendar') loadCalendar();
  if (page === 'kpi') loadKpi();
  if (page === 'dashboard') loadDashboard();
  if (page === 'bookings') loadBookings().then(loadUsage);
  clearInterval(state.bookingTimer);
  if (page === 'bookings') state.bookingTimer = setInterval(loadBookings, BOOKING_REFRESH_MS);
  if (page === 'audit') { restoreFilters(AUDIT_FILTERS); state.auditPage = 0; loadAudit(); showSavedViews('audit', 'audit-views'); }
  if (page === 'staff') loadStaff();
  if (page === 'hq') {
    loadCityView();
    loadHq();
  }
  if (canUse('referrals')) loadInboxCount().catch(pageError);
}

/** Where the signed-in person works: their centre, or for the city government their office (区役所, 局の課, 協働推進課). */
function placeName(me) {
  const centre = me.centre;
  const only = (role) => me.roles.includes(role) && !me.roles.some((r) => ['centre-staff', 'centre-manager', 'network-coordinator'].includes(r));
  if (only('ward-officer')) return lang() === 'en' ? `${centre.displayNameEn} — ward office` : `${centre.area}役所`;
  if (only('bureau-officer')) return `${centre.area} ${me.bureau} ${me.division || ''}`.trim();
  if (only('hq-analyst')) return lang() === 'en' ? 'City of Yokohama, Civic Affairs Bureau, Citizen Collaboration Division' : `${centre.area} 市民局 市民協働推進課`;
  return lang() === 'en' ? centre.displayNameEn : centre.displayNameJa;
}

function renderShell() {
  // the city government's people work for an office, not a centre
  $('inbox-lead').dataset.i18n = canUse('consultations') ? 'inbox.lead' : 'inbox.leadOffice';
  applyTexts();
  const centre = state.me.centre;
  $('centre-name').textContent = placeName(state.me);
  $('user-name').textContent = state.me.name;
  fillOptions($('filter-status'), 'status', true);
  fillOptions($('filter-track'), 'track', true);
  fillOptions($('referral-status'), 'referralStatus', true);
  fillOrgOptions();
  fillBookingOptions();
  fillProgrammeOptions();
  fillCollaborationOptions();
  fillNetworkOptions();
  fillKpiOptions();
  fillDashboardOptions();
  fillAuditOptions();
  fillOptions($('filter-topic'), 'topic', true);
  fillOptions($('f-stage'), 'stage', true);
  const chosenTopics = [...$('f-topics').querySelectorAll('input:checked')].map((box) => box.value);
  $('f-topics').replaceChildren($('f-topics').querySelector('legend'), ...state.vocabulary.topic.map((v) => {
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: v.value, id: `f-topic-${v.value}` });
    box.checked = chosenTopics.includes(v.value);
    const tag = document.createElement('label');
    tag.className = 'tag';
    tag.append(box, ` ${label(v)}`);
    return tag;
  }));
  fillFiscalYears($('filter-fiscal-year'), true);
  fillFiscalYears($('hq-fiscal-year'), false);
  for (const kind of ['channel', 'requesterKind', 'track']) fillOptions($(`f-${kind}`), kind);
  fillOptions($('f-outcome'), 'outcome');
  document.title = `${t('brand')} | ${$('centre-name').textContent}`;
}

async function start() {
  // shown again from the back-forward cache (e.g. the back button after signing out): only while still signed in
  window.addEventListener('pageshow', async (event) => {
    if (event.persisted && !(await startSession().catch(() => false))) location.replace('index.html');
  });
  try {
    if (!(await startSession())) { location.replace('index.html'); return; }
    state.me = (await api('me')).data;
    state.vocabulary = (await api('consultation-vocabulary')).data;
    state.centres = (await api('tenants')).data;
    state.orgVocabulary = (await api('organisation-vocabulary')).data;
    state.bkVocabulary = (await api('booking-vocabulary')).data;
    state.pgVocabulary = (await api('programme-vocabulary')).data;
  } catch (error) {
    pageError(error);
    return;
  }
  installLanguageToggle(() => { renderShell(); route(); if (!$('detail').hidden && state.current) showDetail(state.current); });
  initCollaboration({ state, cell, showErrors, pageError, today, fillFiscalYears });
  initSurvey({ state, cell, showErrors, pageError });
  initNetwork({ state, cell, showErrors, pageError, today, fillFiscalYears });
  initKpi({ state, cell, showErrors, pageError, today, fillFiscalYears });
  initInbox({ cell, pageError, openRecord });
  initCalendar({ pageError, openRecord, today, centre: () => state.me.centre.id, showDay });
  // a link in a mail: portal.html?open=page:id opens that record once signed in
  const opening = new URLSearchParams(location.search).get('open');
  if (opening && opening.includes(':')) {
    history.replaceState(null, '', `portal.html${location.hash}`);
    const [page, id] = opening.split(':');
    setTimeout(() => openRecord(page, id), 0);
  }
  initDashboard({ state, cell, pageError, fillFiscalYears });
  labelListsAsDrawn(document.body);
  renderShell();
  $('sign-out').addEventListener('click', signOut);
  $('new-consultation').addEventListener('click', () => openEditor(null));
  $('cancel-edit').addEventListener('click', () => { $('editor').hidden = true; });
  $('consultation-form').addEventListener('submit', saveEditor);
  $('edit-consultation').addEventListener('click', () => openEditor(state.current));
  $('close-consultation').addEventListener('click', openCloseForm);
  $('close-form').addEventListener('submit', confirmClose);
  $('hide-detail').addEventListener('click', () => { $('detail').hidden = true; });
  bindFilters('consultations', CONSULTATION_FILTERS, () => { state.page = 0; loadList(); });
  state.showSort = serverSorted($('consultation-list'), { 0: 'receivedOn', 4: 'assignee', 5: 'nextActionOn' },
    $('filter-sort'), '-receivedOn');
  bindFilters('audit', AUDIT_FILTERS, () => { state.auditPage = 0; loadAudit(); });
  for (const kind of Object.keys(MOVES)) $(`act-${kind}`).addEventListener('click', () => openMove(kind));
  $('move-form').addEventListener('submit', confirmMove);
  $('cancel-move').addEventListener('click', () => { $('move-form').hidden = true; });
  $('overdue-count').addEventListener('click', () => { $('filter-overdue').checked = true; state.page = 0; loadList(); });
  $('act-refer').addEventListener('click', openReferForm);
  $('new-organisation').addEventListener('click', () => openOrgEditor(null));
  $('pg-year').addEventListener('change', () => { $('pg-detail').hidden = true; $('session-panel').hidden = true; loadProgrammes(); });
  $('pg-form').addEventListener('submit', planProgramme);
  $('pg-advance').addEventListener('click', advanceProgramme);
  $('session-form').addEventListener('submit', addSession);
  $('attendance-save').addEventListener('click', saveAttendance);
  $('walkin-form').addEventListener('submit', registerWalkIn);
  $('participants-load').addEventListener('click', loadParticipants);
  $('bk-date').value = today();
  $('bk-month').value = today().slice(0, 7);
  $('bk-date').addEventListener('change', loadBookings);
  $('bk-month').addEventListener('change', loadUsage);
  $('b-bookerKind').addEventListener('change', toggleBookerFields);
  $('bk-form').addEventListener('submit', saveBooking);
  $('bk-cancel-edit').addEventListener('click', () => {
    $('bk-editor').hidden = true;
    $('bk-grid').querySelector('button.slot')?.focus();
  });
  $('space-form').addEventListener('submit', saveSpace);
  $('space-new').addEventListener('click', () => editSpace(null));
  $('bk-spaces').hidden = !isManager();
  $('org-form').addEventListener('submit', saveOrganisation);
  $('org-cancel').addEventListener('click', () => { $('org-editor').hidden = true; });
  $('org-edit').addEventListener('click', () => openOrgEditor(state.organisation));
  $('org-back').addEventListener('click', () => { $('org-detail').hidden = true; });
  for (const kind of Object.keys(ORG_MOVES)) $(`org-act-${kind}`).addEventListener('click', () => openOrgMove(kind));
  $('org-move-form').addEventListener('submit', confirmOrgMove);
  $('org-cancel-move').addEventListener('click', () => { $('org-move-form').hidden = true; });
  $('org-act-renew').addEventListener('click', () => renewalDecision('renewal'));
  $('org-act-lapse').addEventListener('click', () => renewalDecision('lapse'));
  for (const id of ['org-filter-status', 'org-filter-field', 'org-filter-due', 'org-filter-q']) $(id).addEventListener('change', loadOrganisations);
  $('renewal-year').addEventListener('change', () => loadRenewalReport().catch(pageError));
  $('export-csv').addEventListener('click', exportCsv);
  $('import-csv').hidden = !isManager();
  $('import-csv').addEventListener('click', () => { $('import-form').hidden = false; $('import-result').hidden = true; });
  $('cancel-import').addEventListener('click', () => { $('import-form').hidden = true; });
  $('import-form').addEventListener('submit', importCsv);
  $('refer-form').addEventListener('submit', confirmRefer);
  $('cancel-refer').addEventListener('click', () => { $('refer-form').hidden = true; });
  $('referral-box').addEventListener('change', () => { $('referral-detail').hidden = true; loadReferrals(); });
  $('referral-status').addEventListener('change', loadReferrals);
  $('accept-referral').addEventListener('click', () => answerReferral('accept'));
  $('withdraw-referral').addEventListener('click', () => answerReferral('withdraw'));
  $('decline-referral').addEventListener('click', () => { $('decline-form').hidden = false; $('d-reason').focus(); });
  $('decline-form').addEventListener('submit', (e) => { e.preventDefault(); answerReferral('decline', { reason: $('d-reason').value.trim() }); });
  $('open-linked').addEventListener('click', () => openConsultation(state.referral.linkedConsultationId));
  $('open-source').addEventListener('click', () => openConsultation(state.referral.sourceConsultationId));
  $('audit-prev').addEventListener('click', () => { state.auditPage = Math.max(0, state.auditPage - 1); loadAudit(); });
  $('audit-next').addEventListener('click', () => { state.auditPage += 1; loadAudit(); });
  $('prev-page').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); loadList(); });
  $('next-page').addEventListener('click', () => { state.page += 1; loadList(); });
  $('hq-fiscal-year').addEventListener('change', loadHq);
  window.addEventListener('hashchange', route);
  route();
}

start();
