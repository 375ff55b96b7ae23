import { api, ProblemError, signOut, token } from './api.js';
import { applyTexts, formatDate, installLanguageToggle, label, lang, t } from './i18n.js';

const PAGE_SIZE = 20;
const state = { me: null, vocabulary: null, page: 0, total: 0, current: null, submissionKey: null };
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

function showErrors(listId, error) {
  const list = $(listId);
  const lines = error instanceof ProblemError ? error.lines(lang()) : [String(error)];
  list.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  list.hidden = false;
}

function pageError(error) {
  const box = $('page-error');
  if (!error) { box.hidden = true; return; }
  box.textContent = error instanceof ProblemError ? error.lines(lang()).join(' / ') : String(error);
  box.hidden = false;
}

function fillOptions(select, kind, keepFirst = false) {
  const first = keepFirst ? [select.options[0]] : [];
  const chosen = select.value;
  select.replaceChildren(...first, ...state.vocabulary[kind].map((v) => new Option(label(v), v.value)));
  if (chosen) select.value = chosen;
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

async function loadList() {
  const table = $('consultation-list');
  table.dataset.loaded = 'false';
  const params = new URLSearchParams({ page: state.page, size: PAGE_SIZE });
  if ($('filter-status').value) params.set('status', $('filter-status').value);
  if ($('filter-fiscal-year').value) params.set('fiscalYear', $('filter-fiscal-year').value);
  try {
    const { data } = await api(`consultations?${params}`);
    state.total = data.total;
    const rows = data.items.map((c) => {
      const row = document.createElement('tr');
      row.dataset.id = c.id;
      row.tabIndex = 0;
      [formatDate(c.receivedOn), label(item('channel', c.channel)), label(item('requesterKind', c.requesterKind)),
        label(item('topic', c.topic)), c.summaryExcerpt, label(item('status', c.status))]
        .forEach((text) => row.append(Object.assign(document.createElement('td'), { textContent: text })));
      row.addEventListener('click', () => openDetail(c.id));
      row.addEventListener('keydown', (e) => { if (e.key === 'Enter') openDetail(c.id); });
      return row;
    });
    if (rows.length === 0) {
      const empty = document.createElement('tr');
      empty.append(Object.assign(document.createElement('td'), { colSpan: 6, textContent: t('list.empty'), className: 'muted' }));
      rows.push(empty);
    }
    table.tBodies[0].replaceChildren(...rows);
    const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
    $('list-total').textContent = t('list.total', data.total);
    $('page-info').textContent = t('page.info', state.page + 1, pages);
    $('prev-page').disabled = state.page === 0;
    $('next-page').disabled = state.page + 1 >= pages;
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
  $('form-errors').hidden = true;
  $('editor-title').textContent = t(consultation ? 'editor.edit' : 'editor.new');
  const c = consultation || { receivedOn: today(), channel: 'COUNTER', requesterKind: 'CITIZEN', topic: 'OTHER' };
  for (const field of ['receivedOn', 'channel', 'requesterKind', 'topic', 'requesterName', 'requesterContact', 'summary']) {
    $(`f-${field}`).value = c[field] ?? '';
  }
  $('f-receivedOn').max = today();
  $('f-requesterName').focus();
}

async function saveEditor(event) {
  event.preventDefault();
  const body = {};
  for (const field of ['receivedOn', 'channel', 'requesterKind', 'topic', 'requesterName', 'requesterContact', 'summary']) {
    const value = $(`f-${field}`).value.trim();
    body[field] = value === '' ? null : value;
  }
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
    showDetail(result.data);
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
    showDetail(data);
  } catch (error) {
    pageError(error);
  }
}

function showDetail(c) {
  state.current = c;
  $('editor').hidden = true;
  $('close-form').hidden = true;
  const detail = $('detail');
  detail.hidden = false;
  detail.dataset.id = c.id;
  $('detail-status').textContent = label(item('status', c.status));
  $('detail-status').dataset.status = c.status;
  const rows = [
    ['col.receivedOn', formatDate(c.receivedOn)], ['filter.fiscalYear', t('fy', c.fiscalYear)],
    ['col.channel', label(item('channel', c.channel))], ['col.requesterKind', label(item('requesterKind', c.requesterKind))],
    ['col.requesterName', c.requesterName], ['col.requesterContact', c.requesterContact || '—'],
    ['col.topic', label(item('topic', c.topic))], ['col.summary', c.summary],
  ];
  if (c.status === 'CLOSED') {
    rows.push(['col.outcome', label(item('outcome', c.outcome))], ['col.closedOn', formatDate(c.closedOn)],
      ['col.note', c.closingNote || '—']);
  }
  rows.push(['col.updated', `${new Date(c.updatedAt).toLocaleString(lang() === 'en' ? 'en-GB' : 'ja-JP')} ${c.updatedBy}`]);
  $('detail-fields').replaceChildren(...rows.flatMap(([key, value]) => [
    Object.assign(document.createElement('dt'), { textContent: t(key) }),
    Object.assign(document.createElement('dd'), { textContent: value }),
  ]));
  const open = c.status === 'OPEN';
  $('edit-consultation').hidden = !open;
  $('close-consultation').hidden = !open;
  detail.scrollIntoView({ block: 'nearest' });
}

function openCloseForm() {
  $('close-form').hidden = false;
  $('close-errors').hidden = true;
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
    showDetail(data);
    await loadList();
  } catch (error) {
    showErrors('close-errors', error);
  }
}

// ---- HQ figures ----------------------------------------------------------------------------------

async function loadHq() {
  try {
    const { data } = await api(`hq/consultation-figures?fiscalYear=${$('hq-fiscal-year').value}`);
    const cell = (text) => Object.assign(document.createElement('td'), { textContent: text });
    $('hq-table').tBodies[0].replaceChildren(...data.centres.map((c) => {
      const row = document.createElement('tr');
      row.append(cell(lang() === 'en' ? c.centreEn : c.centreJa), cell(c.received), cell(c.open), cell(c.closed));
      return row;
    }));
    const total = document.createElement('tr');
    total.append(cell(t('hq.total')), cell(data.received), cell(data.open), cell(data.closed));
    $('hq-table').tFoot.replaceChildren(total);
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

// ---- shell ---------------------------------------------------------------------------------------

function canUse(page) {
  const roles = state.me.roles;
  if (page === 'consultations') return roles.some((r) => ['centre-staff', 'centre-manager', 'network-coordinator'].includes(r));
  if (page === 'hq') return roles.some((r) => ['hq-analyst', 'network-coordinator'].includes(r));
  return false;
}

function route() {
  const pages = ['consultations', 'hq'].filter(canUse);
  const wanted = location.hash.slice(1);
  const page = pages.includes(wanted) ? wanted : pages[0];
  for (const p of ['consultations', 'hq']) {
    $(`${p}-page`).hidden = p !== page;
    $(`nav-${p}`).hidden = !canUse(p);
    $(`nav-${p}`).classList.toggle('active', p === page);
  }
  if (page === 'consultations') loadList();
  if (page === 'hq') loadHq();
}

function renderShell() {
  applyTexts();
  const centre = state.me.centre;
  $('centre-name').textContent = lang() === 'en' ? centre.displayNameEn : centre.displayNameJa;
  $('user-name').textContent = state.me.name;
  fillOptions($('filter-status'), 'status', true);
  fillFiscalYears($('filter-fiscal-year'), true);
  fillFiscalYears($('hq-fiscal-year'), false);
  for (const kind of ['channel', 'requesterKind', 'topic']) fillOptions($(`f-${kind}`), kind);
  fillOptions($('f-outcome'), 'outcome');
  document.title = `${t('brand')} | ${$('centre-name').textContent}`;
}

async function start() {
  if (!token()) { location.href = 'index.html'; return; }
  try {
    state.me = (await api('me')).data;
    state.vocabulary = (await api('consultation-vocabulary')).data;
  } catch (error) {
    pageError(error);
    return;
  }
  installLanguageToggle(() => { renderShell(); route(); if (!$('detail').hidden && state.current) showDetail(state.current); });
  renderShell();
  $('sign-out').addEventListener('click', signOut);
  $('new-consultation').addEventListener('click', () => openEditor(null));
  $('cancel-edit').addEventListener('click', () => { $('editor').hidden = true; });
  $('consultation-form').addEventListener('submit', saveEditor);
  $('edit-consultation').addEventListener('click', () => openEditor(state.current));
  $('close-consultation').addEventListener('click', openCloseForm);
  $('close-form').addEventListener('submit', confirmClose);
  $('hide-detail').addEventListener('click', () => { $('detail').hidden = true; });
  $('filter-status').addEventListener('change', () => { state.page = 0; loadList(); });
  $('filter-fiscal-year').addEventListener('change', () => { state.page = 0; loadList(); });
  $('prev-page').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); loadList(); });
  $('next-page').addEventListener('click', () => { state.page += 1; loadList(); });
  $('hq-fiscal-year').addEventListener('change', loadHq);
  window.addEventListener('hashchange', route);
  route();
}

start();
