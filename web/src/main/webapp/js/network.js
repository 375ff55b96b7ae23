// ネットワーク page of the portal: the shared case library, the centre's action items, support requests to
// the city centre, and the network meetings (coordinators plan them, record attendance, generate materials).
import { showRecordParts } from './record-parts.js';
import { api, token } from './api.js';
import { formatDate, formatDateLong, formatDateTime, label, t } from './i18n.js';
import { clearErrors } from './forms.js';

const nw = { vocabulary: null, current: null, meeting: null };
let h;

function $(id) { return document.getElementById(id); }
function vocab(kind, value) { return nw.vocabulary[kind].find((v) => v.value === value); }
function roles() { return h.state.me.roles; }
function isCoordinator() { return roles().includes('network-coordinator'); }
function isManager() { return roles().some((r) => ['centre-manager', 'network-coordinator'].includes(r)); }
function row(cells, onClick, id) {
  const tr = document.createElement('tr');
  tr.append(...cells.map((c) => {
    if (c instanceof HTMLTableCellElement) return c;
    if (c instanceof Node) { const td = document.createElement('td'); td.append(c); return td; }
    return h.cell(c == null ? '' : String(c));
  }));
  if (id) { tr.dataset.id = id; tr.tabIndex = 0; }
  if (onClick) tr.addEventListener('click', onClick);
  return tr;
}
function options(select, kind, keepFirst) {
  const chosen = [...select.selectedOptions].map((o) => o.value);
  select.replaceChildren(...(keepFirst ? [select.options[0]] : []), ...nw.vocabulary[kind].map((v) => new Option(label(v), v.value)));
  [...select.options].forEach((o) => { o.selected = chosen.includes(o.value); });
}
function centreOptions(select, withEmpty) {
  const chosen = select.value;
  select.replaceChildren(...(withEmpty ? [new Option('—', '')] : []), ...h.state.centres.map((c) => new Option(c.displayNameJa, c.id)));
  if (chosen) select.value = chosen;
}

export function fillNetworkOptions() {
  if (!nw.vocabulary) return;
  options($('nw-field'), 'field', true);
  options($('nw-sector'), 'sector', true);
  options($('cs-fields'), 'field');
  options($('cs-sectors'), 'sector');
  options($('mf-format'), 'meetingFormat');
  options($('ag-kind'), 'agendaKind');
  centreOptions($('ag-presenter'), true);
  centreOptions($('ac-assignee'), false);
  h.fillFiscalYears($('mt-year'), false);
}

// ---- case library

async function loadCases() {
  const params = new URLSearchParams({ library: $('nw-library').value });
  for (const [id, key] of [['nw-field', 'field'], ['nw-sector', 'sector'], ['nw-q', 'q']]) if ($(id).value.trim()) params.set(key, $(id).value.trim());
  const table = $('case-list');
  table.dataset.loaded = 'false';
  const { data } = await api(`network/cases?${params}`);
  table.tBodies[0].replaceChildren(...data.map((c) => row([c.title, c.theme, c.centreName, label(vocab('caseStatus', c.status)),
    c.triedToo], () => openCase(c.id), c.id)));
  table.dataset.loaded = 'true';
}

function caseBody() {
  const picked = (id) => [...$(id).selectedOptions].map((o) => o.value);
  return { title: $('cs-title').value.trim(), theme: $('cs-theme').value.trim(), fields: picked('cs-fields'), sectors: picked('cs-sectors'),
    whatWasDone: $('cs-whatWasDone').value.trim(), whatWorked: $('cs-whatWorked').value.trim() || null,
    whatWasHard: $('cs-whatWasHard').value.trim() || null, contacts: $('cs-contacts').value.trim() || null,
    contactsConsent: $('cs-contactsConsent').checked,
    redactionConfirmed: [...document.querySelectorAll('.cs-check')].every((box) => box.checked) };
}

async function saveCase(event) {
  event.preventDefault();
  const editing = nw.current && nw.current.mine && nw.current.summary.status === 'DRAFT' && $('case-form').dataset.editing === 'true';
  try {
    const { data } = editing
      ? await api(`network/cases/${nw.current.summary.id}`, { method: 'PUT', body: caseBody(), headers: { 'If-Match': `"${nw.current.summary.version}"` } })
      : await api('network/cases', { method: 'POST', body: caseBody() });
    clearErrors('case-errors');
    $('case-form').dataset.editing = 'false';
    $('nw-library').value = 'mine';
    await loadCases();
    showCase(data);
  } catch (error) {
    h.showErrors('case-errors', error);
  }
}

async function openCase(id) {
  try {
    showCase((await api(`network/cases/${id}`)).data);
  } catch (error) {
    h.pageError(error);
  }
}

function showCase(c) {
  nw.current = c;
  const s = c.summary;
  $('case-detail').hidden = false;
  $('case-detail').dataset.id = s.id;
  showRecordParts($('case-parts'), 'network/cases', s.id, { prefix: 'sp', comments: false }).catch((e) => h.pageError(e));
  $('cd-title').textContent = s.title;
  $('cd-status').textContent = label(vocab('caseStatus', s.status));
  $('cd-status').dataset.status = s.status;
  const pairs = [['hq.centre', s.centreName], ['nw.theme', s.theme], ['cb.field', s.fields.map((f) => label(vocab('field', f))).join('・')],
    ['nw.sector', s.sectors.map((x) => label(vocab('sector', x))).join('・')], ['nw.ward', s.ward], ['nw.whatWasDone', c.whatWasDone],
    ['nw.whatWorked', c.whatWorked], ['nw.whatWasHard', c.whatWasHard], ['nw.contacts', c.contacts], ['nw.tried', String(s.triedToo)]];
  $('cd-fields').replaceChildren(...pairs.filter(([, v]) => v).flatMap(([k, v]) => [
    Object.assign(document.createElement('dt'), { textContent: t(k) }), Object.assign(document.createElement('dd'), { textContent: v })]));
  const own = c.mine;
  $('cd-edit').hidden = !own || s.status !== 'DRAFT';
  $('cd-submit').hidden = !own || s.status !== 'DRAFT';
  $('cd-return').hidden = !own || !isManager() || s.status !== 'SUBMITTED';
  $('cd-approve').hidden = !own || !isManager() || s.status !== 'SUBMITTED';
  $('cd-publish').hidden = !own || !isManager() || s.status !== 'APPROVED';
  $('cd-public').hidden = !own || !isManager() || !['APPROVED', 'NETWORK'].includes(s.status);
  $('cd-archive').hidden = !own || !isManager() || !['NETWORK', 'PUBLIC'].includes(s.status);
  clearErrors('case-action-errors');
  $('cd-comments').replaceChildren(...c.comments.map((x) => Object.assign(document.createElement('li'), {
    textContent: `${x.centreName}${x.triedToo ? `（${t('nw.triedToo')}）` : ''}: ${x.body || ''}` })));
  $('comment-form').hidden = !['NETWORK', 'PUBLIC'].includes(s.status);
  $('case-detail').scrollIntoView({ block: 'nearest' });
}

function editCase() {
  const c = nw.current;
  const s = c.summary;
  $('cs-title').value = s.title;
  $('cs-theme').value = s.theme;
  [...$('cs-fields').options].forEach((o) => { o.selected = s.fields.includes(o.value); });
  [...$('cs-sectors').options].forEach((o) => { o.selected = s.sectors.includes(o.value); });
  $('cs-whatWasDone').value = c.whatWasDone || '';
  $('cs-whatWorked').value = c.whatWorked || '';
  $('cs-whatWasHard').value = c.whatWasHard || '';
  $('cs-contacts').value = c.contacts || '';
  $('cs-contactsConsent').checked = c.contactsConsent;
  document.querySelectorAll('.cs-check').forEach((box) => { box.checked = c.redactionConfirmed; });
  $('case-form').dataset.editing = 'true';
  $('case-form').scrollIntoView({ block: 'nearest' });
}

async function caseStep(step, body) {
  const s = nw.current.summary;
  try {
    const { data } = await api(`network/cases/${s.id}/${step}`, { method: 'POST', body, headers: { 'If-Match': `"${s.version}"` } });
    showCase(data);
    await loadCases();
  } catch (error) {
    h.showErrors('case-action-errors', error);
  }
}

async function comment(event) {
  event.preventDefault();
  try {
    const { data } = await api(`network/cases/${nw.current.summary.id}/comments`, { method: 'POST',
      body: { body: $('cm-body').value.trim() || null, triedToo: $('cm-tried').checked } });
    clearErrors('comment-errors');
    $('cm-body').value = '';
    $('cm-tried').checked = false;
    showCase(data);
  } catch (error) {
    h.showErrors('comment-errors', error);
  }
}

// ---- action items and support requests

async function loadActions() {
  const { data } = await api('network/action-items');
  $('my-actions').tBodies[0].replaceChildren(...data.map((a) => {
    const status = document.createElement('select');
    status.append(...nw.vocabulary.actionStatus.map((v) => new Option(label(v), v.value)));
    status.value = a.status;
    const note = Object.assign(document.createElement('input'), { value: a.note || '', maxLength: 2000 });
    const save = Object.assign(document.createElement('button'), { type: 'button', textContent: t('editor.save') });
    // each row's fields named with the item they belong to (a screen reader reads no column header here)
    status.setAttribute('aria-label', `${a.title}：${t('col.status')}`);
    note.setAttribute('aria-label', `${a.title}：${t('cb.notes')}`);
    save.setAttribute('aria-label', `${a.title}：${t('editor.save')}`);
    save.addEventListener('click', async () => {
      try {
        await api(`network/action-items/${a.id}`, { method: 'PUT', body: { status: status.value, note: note.value.trim() || null },
          headers: { 'If-Match': `"${a.version}"` } });
        await loadActions();
      } catch (error) { h.pageError(error); }
    });
    return row([a.title, formatDate(a.dueOn), status, note, save], null, a.id);
  }));
}

async function loadSupport() {
  const { data } = await api('network/support-requests');
  const city = h.state.me.centre.kind === 'CITY_CENTRE';
  $('support-ask-form').hidden = city;
  $('support-requests').tBodies[0].replaceChildren(...data.map((r) => {
    const act = document.createElement('span');
    if (city && isCoordinator() && r.status === 'OPEN') {
      const answer = Object.assign(document.createElement('input'), { maxLength: 4000, placeholder: t('nw.answer') });
      answer.setAttribute('aria-label', t('nw.answer'));
      const send = Object.assign(document.createElement('button'), { type: 'button', textContent: t('nw.sendAnswer') });
      send.addEventListener('click', () => supportAction(r, 'answer', { answer: answer.value.trim() }));
      act.append(answer, send);
    }
    if (!city && r.status === 'ANSWERED') {
      const close = Object.assign(document.createElement('button'), { type: 'button', textContent: t('nw.close') });
      close.addEventListener('click', () => supportAction(r, 'close'));
      act.append(close);
    }
    return row([r.centreName, `${r.topic}: ${r.body}`, label(vocab('supportStatus', r.status)), r.answer, act], null, r.id);
  }));
}

async function supportAction(r, action, body) {
  try {
    await api(`network/support-requests/${r.id}/${action}`, { method: 'POST', body, headers: { 'If-Match': `"${r.version}"` } });
    await loadSupport();
  } catch (error) { h.pageError(error); }
}

async function ask(event) {
  event.preventDefault();
  try {
    await api('network/support-requests', { method: 'POST', body: { topic: $('sr-topic').value.trim(), body: $('sr-body').value.trim() } });
    clearErrors('support-ask-errors');
    $('sr-topic').value = '';
    $('sr-body').value = '';
    await loadSupport();
  } catch (error) {
    h.showErrors('support-ask-errors', error);
  }
}

// ---- meetings

async function loadMeetings() {
  const year = $('mt-year').value;
  const table = $('meeting-list');
  table.dataset.loaded = 'false';
  const [{ data }, figures] = await Promise.all([api(`network/meetings?fiscalYear=${year}`), api(`network/meetings/figures?fiscalYear=${year}`)]);
  const f = figures.data;
  $('mt-figures').textContent = t('nw.figures', f.planned, f.held, f.distinctSessions, f.repeatSessions, f.attendees, f.wardsRepresented,
    f.supportRequests, f.supportRequestsAnswered);
  table.tBodies[0].replaceChildren(...data.map((m) => row([formatDate(m.date), m.title, label(vocab('meetingFormat', m.format)),
    m.theme], () => openMeeting(m.id), m.id)));
  $('mf-repeatOf').replaceChildren(new Option('—', ''), ...data.filter((m) => !m.repeatOf).map((m) => new Option(m.title, m.id)));
  table.dataset.loaded = 'true';
}

async function schedule(event) {
  event.preventDefault();
  const body = { title: $('mf-title').value.trim(), date: $('mf-date').value || null, start: $('mf-start').value || null,
    format: $('mf-format').value, place: $('mf-place').value.trim() || null, theme: $('mf-theme').value.trim() || null,
    repeatOf: $('mf-repeatOf').value || null };
  try {
    const { data } = await api('network/meetings', { method: 'POST', body });
    clearErrors('meeting-errors');
    $('mf-title').value = '';
    await loadMeetings();
    showMeeting(data);
  } catch (error) {
    h.showErrors('meeting-errors', error);
  }
}

export async function openMeeting(id) {
  try {
    showMeeting((await api(`network/meetings/${id}`)).data);
  } catch (error) {
    h.pageError(error);
  }
}

function showMeeting(v) {
  nw.meeting = v;
  const m = v.meeting;
  $('meeting-detail').hidden = false;
  $('meeting-detail').dataset.id = m.id;
  $('md-title').textContent = m.title;
  const pairs = [['public.date', `${formatDate(m.date)} ${m.start ? m.start.slice(0, 5) : ''}`], ['nw.format', label(vocab('meetingFormat', m.format))],
    ['pg.place', m.place], ['nw.theme', m.theme], ['nw.invited', v.invited.map((c) => c.name).join('、')]];
  $('md-fields').replaceChildren(...pairs.filter(([, x]) => x).flatMap(([k, x]) => [
    Object.assign(document.createElement('dt'), { textContent: t(k) }), Object.assign(document.createElement('dd'), { textContent: x })]));
  $('md-agenda').replaceChildren(...v.agenda.map((a) => Object.assign(document.createElement('li'), {
    textContent: `【${label(vocab('agendaKind', a.kind))}】${a.title}${a.presenterName ? `（${a.presenterName}）` : ''}` })));
  const counts = new Map(v.attendance.map((a) => [`${a.centre}:${a.role}`, a.attendees]));
  $('attendance-grid').tBodies[0].replaceChildren(...h.state.centres.map((c) => {
    const input = (role) => {
      const box = Object.assign(document.createElement('input'), { type: 'number', min: 0, max: 100,
        id: `at-${c.id}-${role}`, value: counts.get(`${c.id}:${role}`) || 0, disabled: !v.editable, className: 'narrow-number' });
      box.setAttribute('aria-label', `${c.displayNameJa}：${t(role === 'WARD_OFFICE' ? 'nw.wardOffice' : 'nw.centreStaff')}`);
      return box;
    };
    return row([c.displayNameJa, input('WARD_OFFICE'), input('CENTRE_STAFF')], null, c.id);
  }));
  const names = new Map(h.state.centres.map((c) => [c.id, c.displayNameJa]));
  $('md-actions').tBodies[0].replaceChildren(...v.actions.map((a) => row([names.get(a.assignee) || a.assignee, a.title,
    formatDate(a.dueOn), label(vocab('actionStatus', a.status))], null, a.id)));
  $('materials-list').tBodies[0].replaceChildren(...v.materials.map((x) => {
    const show = Object.assign(document.createElement('button'), { type: 'button', textContent: t('nw.show'), className: 'link show' });
    show.addEventListener('click', () => showMaterials(x.id));
    const pdf = Object.assign(document.createElement('button'), { type: 'button', textContent: 'PDF', className: 'link' });
    pdf.addEventListener('click', () => openPdf(x.id));
    const cellItems = document.createElement('span');
    cellItems.append(show, ' ', pdf);
    if (v.editable && !x.official && !v.materials.some((y) => y.official)) {
      const freeze = Object.assign(document.createElement('button'), { type: 'button', textContent: t('nw.freeze'), className: 'freeze' });
      freeze.addEventListener('click', () => makeOfficial(x.id));
      cellItems.append(' ', freeze);
    }
    const status = h.cell(x.official ? t('nw.official') : t('nw.draftMaterials'));
    status.dataset.official = String(x.official);
    return row([formatDateTime(x.generatedAt), x.generatedBy, status, cellItems], null, x.id);
  }));
  document.querySelectorAll('#network-page .nw-coordinator').forEach((el) => { el.hidden = !v.editable; });
  if (!$('ac-dueOn').value) $('ac-dueOn').value = h.today();
  $('meeting-detail').scrollIntoView({ block: 'nearest' });
}

async function meetingPost(path, body, errors) {
  try {
    const { data } = await api(`network/meetings/${nw.meeting.meeting.id}/${path}`, { method: 'POST', body });
    $(errors).hidden = true;
    if (data.meeting) showMeeting(data); else await openMeeting(nw.meeting.meeting.id);
  } catch (error) {
    h.showErrors(errors, error);
  }
}

async function saveAttendance() {
  const lines = [];
  for (const c of h.state.centres) {
    for (const role of ['WARD_OFFICE', 'CENTRE_STAFF']) {
      const n = Number($(`at-${c.id}-${role}`).value || 0);
      if (n > 0) lines.push({ centre: c.id, role, attendees: n });
    }
  }
  try {
    const { data } = await api(`network/meetings/${nw.meeting.meeting.id}/attendance`, { method: 'PUT', body: { lines } });
    clearErrors('attendance-grid-errors');
    showMeeting(data);
    await loadMeetings();
  } catch (error) {
    h.showErrors('attendance-grid-errors', error);
  }
}

/** The packet as a page: 資料1-5 with every centre's figures against the same period last year. */
async function showMaterials(id) {
  try {
    const { data } = await api(`network/materials/${id}`);
    const p = data.packet;
    const view = $('materials-view');
    const heading = (text) => Object.assign(document.createElement('h4'), { textContent: text });
    const table = (head, rows) => {
      const el = document.createElement('table');
      el.className = 'list';
      el.createTHead().append(row(head));
      el.createTBody().append(...rows.map((r) => row(r)));
      return el;
    };
    const figures = (f) => [f.received, f.activity, f.closed, f.referralsSent, f.referralsReceived];
    view.replaceChildren(
      Object.assign(document.createElement('p'), { className: 'muted', textContent: `${data.ref.official ? t('nw.official') : t('nw.draftMaterials')}　${p.fiscalYearLabel}　${t('nw.asOf', formatDateLong(p.asOf))}` }),
      heading('資料1　議題'), table(['#', t('cb.kind'), t('cb.title'), t('nw.presenter')], p.agenda.map((a) => [a.number, a.kind, a.title, a.presenter])),
      heading('資料2　センター別の数値（今年度／前年同期）'),
      table([t('hq.centre'), '相談受付', '活動相談', '終了', '紹介した', '紹介された'], p.wards.map((w) => [w.name,
        ...figures(w.thisYear).map((n, i) => `${n} / ${figures(w.lastYear)[i]}`)])),
      ...p.unavailable.map((u) => Object.assign(document.createElement('p'), { className: 'muted small', textContent: u })),
      heading(`資料3　前回（${p.casesSince}）以降に共有された事例`), table([t('cb.title'), t('hq.centre'), t('public.date')], p.cases.map((c) => [c.title, c.centre, c.publishedOn])),
      heading('資料4　回答待ちの紹介'), table(['→', '', t('public.date')], p.openReferrals.map((r) => [r.from, r.to, r.sentOn])),
      heading('資料5　対応事項'), table([t('nw.assignee'), t('cb.title'), t('nw.due'), t('col.status')], p.actions.map((a) => [a.assignee, a.title, a.dueOn, a.status])));
    view.dataset.id = id;
    view.hidden = false;
  } catch (error) {
    h.showErrors('materials-errors', error);
  }
}

async function openPdf(id) {
  try {
    const response = await fetch(new URL(`api/v1/network/materials/${id}/pdf`, document.baseURI), { headers: { Authorization: `Bearer ${token()}` } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    window.open(URL.createObjectURL(await response.blob()), '_blank');
  } catch (error) {
    h.pageError(error);
  }
}

async function makeOfficial(id) {
  try {
    await api(`network/materials/${id}/official`, { method: 'POST' });
    await openMeeting(nw.meeting.meeting.id);
  } catch (error) {
    h.showErrors('materials-errors', error);
  }
}

export async function loadNetwork() {
  if (!nw.vocabulary) {
    nw.vocabulary = (await api('network-vocabulary')).data;
    fillNetworkOptions();
  }
  document.querySelectorAll('#network-page .nw-coordinator').forEach((el) => { el.hidden = !isCoordinator(); });
  if (!$('mf-date').value) $('mf-date').value = h.today();
  try {
    await Promise.all([loadCases(), loadActions(), loadSupport(), loadMeetings()]);
    h.pageError(null);
  } catch (error) {
    h.pageError(error);
  }
}

export function initNetwork(helpers) {
  h = helpers;
  for (const id of ['nw-library', 'nw-field', 'nw-sector', 'nw-q']) $(id).addEventListener('change', () => loadCases().catch(h.pageError));
  $('case-form').addEventListener('submit', saveCase);
  $('cd-edit').addEventListener('click', editCase);
  $('cd-submit').addEventListener('click', () => caseStep('submit'));
  $('cd-return').addEventListener('click', () => caseStep('return'));
  $('cd-approve').addEventListener('click', () => caseStep('approve'));
  $('cd-publish').addEventListener('click', () => caseStep('publish', { public: false }));
  $('cd-public').addEventListener('click', () => caseStep('publish', { public: true }));
  $('cd-archive').addEventListener('click', () => caseStep('archive'));
  $('comment-form').addEventListener('submit', comment);
  $('support-ask-form').addEventListener('submit', ask);
  $('mt-year').addEventListener('change', () => loadMeetings().catch(h.pageError));
  $('meeting-form').addEventListener('submit', schedule);
  $('agenda-form').addEventListener('submit', (e) => { e.preventDefault(); meetingPost('agenda',
    { kind: $('ag-kind').value, title: $('ag-title').value.trim(), presenter: $('ag-presenter').value || null }, 'agenda-errors'); });
  $('action-form').addEventListener('submit', (e) => { e.preventDefault(); meetingPost('actions',
    { assignee: $('ac-assignee').value, title: $('ac-title').value.trim(), dueOn: $('ac-dueOn').value || null }, 'action-errors'); });
  $('at-save').addEventListener('click', saveAttendance);
  $('mt-generate').addEventListener('click', () => meetingPost('materials', undefined, 'materials-errors'));
}
