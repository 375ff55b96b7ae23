// 協働事業 page of the portal: proposals, the project catalogue, contracts and the city's column of
// the mutual evaluation sheets. HQ sees the catalogue read-only and no proposals.
import { showRecordParts } from './record-parts.js';
import { api, token } from './api.js';
import { formatDate, label, t } from './i18n.js';
import { ownSide, readColumn, readJoint, renderSheet } from './sheet-doc.js';
import { clearErrors } from './forms.js';

const PAGE_SIZE = 50;
const cb = { vocabulary: null, proposal: null, project: null, contract: null, sheet: null, page: 0, total: 0 };
let h;

function $(id) { return document.getElementById(id); }
function vocab(kind, value) { return cb.vocabulary[kind].find((v) => v.value === value); }
function roles() { return h.state.me.roles; }
function isHq() { return roles().includes('hq-analyst') && !roles().some((r) => ['centre-staff', 'centre-manager', 'network-coordinator'].includes(r)); }
function isManager() { return roles().some((r) => ['centre-manager', 'network-coordinator'].includes(r)); }
// the city government (行政): the division (hq-analyst), a ward office, a bureau's division; the 行政 column is theirs
function isGovernment() { return roles().some((r) => ['hq-analyst', 'ward-officer', 'bureau-officer'].includes(r)) && !roles().some((r) => ['centre-staff', 'centre-manager', 'network-coordinator'].includes(r)); }
function isOfficer() { return isGovernment() && !isHq(); }
function yen(n) { return Number(n).toLocaleString('ja-JP'); }
function row(cells, onClick, id) {
  const tr = document.createElement('tr');
  tr.append(...cells.map((c) => (c instanceof Node ? c : h.cell(c == null ? '' : String(c)))));
  if (id) { tr.dataset.id = id; tr.tabIndex = 0; }
  if (onClick) tr.addEventListener('click', onClick);
  return tr;
}
function emptyRow(columns) {
  const tr = document.createElement('tr');
  tr.append(Object.assign(h.cell(t('cb.empty'), 'muted'), { colSpan: columns }));
  return tr;
}
function fields(listId, pairs) {
  $(listId).replaceChildren(...pairs.filter(([, v]) => v != null && v !== '').flatMap(([k, v]) => [
    Object.assign(document.createElement('dt'), { textContent: t(k) }), Object.assign(document.createElement('dd'), { textContent: v })]));
}
function options(select, kind, first) {
  const chosen = select.value;
  select.replaceChildren(...(first ? [select.options[0]] : []), ...cb.vocabulary[kind].map((v) => new Option(label(v), v.value)));
  if (chosen) select.value = chosen;
}

/** The inputs of a contract's terms, ids prefixed with {@code prefix}. */
function termsInputs(container, prefix) {
  const input = (key, id, type = 'text', attrs = {}) => {
    const lab = document.createElement('label');
    const span = Object.assign(document.createElement('span'), { textContent: t(key) });
    const el = type === 'select' ? document.createElement('select') : type === 'textarea' ? document.createElement('textarea')
      : Object.assign(document.createElement('input'), { type });
    Object.assign(el, { id: prefix + id }, attrs);
    lab.append(span, el);
    return lab;
  };
  container.replaceChildren(input('cb.contractType', 'type', 'select'), input('cb.partner', 'partner', 'text', { maxLength: 500 }),
    input('cb.cityParty', 'cityParty', 'text', { maxLength: 200 }), input('cb.purpose', 'purpose', 'text', { maxLength: 4000 }),
    input('cb.roles', 'roles', 'text', { maxLength: 4000 }), input('cb.costShare', 'costShare', 'text', { maxLength: 2000 }),
    input('cb.amount', 'amount', 'number', { min: 0 }), input('cb.periodFrom', 'periodFrom', 'date'),
    input('cb.periodTo', 'periodTo', 'date'), input('cb.areas', 'areas', 'textarea', { rows: 3 }));
  options($(prefix + 'type'), 'contractType');
}

function readTerms(prefix) {
  const v = (id) => $(prefix + id).value.trim();
  return { type: $(prefix + 'type').value, partner: v('partner'), cityParty: v('cityParty'), purpose: v('purpose'),
    roles: v('roles') || null, costShare: v('costShare') || null, amount: v('amount') === '' ? null : Number(v('amount')),
    periodFrom: v('periodFrom') || null, periodTo: v('periodTo') || null,
    businessAreas: v('areas').split('\n').map((a) => a.trim()).filter((a) => a) };
}

export function fillCollaborationOptions() {
  if (!cb.vocabulary) return;
  options($('pr-kind'), 'proposalKind');
  options($('pr-field'), 'field');
  options($('pj-field'), 'field');
  options($('cb-field'), 'field', true);
  options($('cb-owner'), 'ownerKind', true);
  options($('pj-origin'), 'origin', true);
  options($('sp-activity'), 'supportActivity');
  h.fillFiscalYears($('cb-year'), false);
  h.fillFiscalYears($('cb-proposal-year'), true);
  h.fillFiscalYears($('ev-year'), false);
  termsInputs($('dc-terms'), 'dc-');
  termsInputs($('ct-terms'), 'ct-');
}

// ---- proposals

async function loadProposals() {
  if (isGovernment()) { $('cb-proposals').hidden = true; return; }
  const table = $('proposal-list');
  table.dataset.loaded = 'false';
  const year = $('cb-proposal-year').value;
  const { data } = await api(`collaboration/proposals${year ? `?fiscalYear=${year}` : ''}`);
  table.tBodies[0].replaceChildren(...(data.length ? data.map((p) => row([formatDate(p.receivedOn), p.title,
    label(vocab('proposalKind', p.kind)), p.proposerName, label(vocab('proposalStatus', p.status))], () => openProposal(p.id), p.id))
    : [emptyRow(5)]));
  table.dataset.loaded = 'true';
}

async function receiveProposal(event) {
  event.preventDefault();
  const v = (id) => $(id).value.trim();
  const body = { kind: $('pr-kind').value, title: v('pr-title'), summary: v('pr-summary'), field: $('pr-field').value,
    proposerName: v('pr-proposerName'), contactPerson: v('pr-contactPerson') || null, contact: v('pr-contact') || null,
    responsibleDivision: v('pr-responsibleDivision') || null, receivedOn: v('pr-receivedOn') || null, submitted: $('pr-submitted').checked };
  try {
    const { data } = await api('collaboration/proposals', { method: 'POST', body });
    clearErrors('proposal-errors');
    $('pr-title').value = '';
    $('pr-summary').value = '';
    await loadProposals();
    showProposal(data);
  } catch (error) {
    h.showErrors('proposal-errors', error);
  }
}

async function openProposal(id) {
  try {
    showProposal((await api(`collaboration/proposals/${id}`)).data);
  } catch (error) {
    h.pageError(error);
  }
}

function showProposal(p) {
  cb.proposal = p;
  $('proposal-detail').hidden = false;
  $('proposal-detail').dataset.id = p.id;
  showRecordParts($('proposal-parts'), 'collaboration/proposals', p.id, { prefix: 'pp' }).catch((e) => h.pageError(e));
  $('pd-title').textContent = p.title;
  $('pd-status').textContent = label(vocab('proposalStatus', p.status));
  $('pd-status').dataset.status = p.status;
  fields('pd-fields', [['cb.kind', label(vocab('proposalKind', p.kind))], ['cb.field', label(vocab('field', p.field))],
    ['cb.proposer', p.proposerName], ['cb.contactPerson', p.contactPerson], ['col.requesterContact', p.contact],
    ['cb.division', p.responsibleDivision], ['cb.received', formatDate(p.receivedOn)], ['cb.summary', p.summary],
    ['cb.decision', p.decisionReason], ['cb.grant', p.grantAmount == null ? null : `${yen(p.grantAmount)} 円`]]);
  const link = new URL(`proposal.html?token=${encodeURIComponent(p.statusToken)}`, document.baseURI).toString();
  $('pd-status-link').href = link;
  $('pd-status-link').textContent = link;
  const next = p.next.filter((s) => isManager() || !['ADOPTED', 'REJECTED', 'GRANTED'].includes(s));
  $('pm-to').replaceChildren(...next.map((s) => new Option(label(vocab('proposalStatus', s)), s)));
  $('proposal-move-form').hidden = next.length === 0;
  $('pm-amount').max = p.grantLimit;
  $('pm-reason').value = '';
  $('pm-amount').value = '';
  clearErrors('proposal-move-errors');
  $('draw-contract-form').hidden = p.status !== 'CONTRACT_NEGOTIATION';
  $('dc-division').value = p.responsibleDivision || '';
  $('dc-partner').value = $('dc-partner').value || p.proposerName;
  $('dc-ownerName').closest('label').hidden = h.state.me.centre.kind !== 'CITY_CENTRE';
  $('support-list').tBodies[0].replaceChildren(...(p.supportLog.length ? p.supportLog.map((s) => row([formatDate(s.date),
    s.supporter, label(vocab('supportActivity', s.activity)), s.notes])) : [emptyRow(4)]));
  if (!$('sp-date').value) $('sp-date').value = h.today();
  $('proposal-detail').scrollIntoView({ block: 'nearest' });
}

async function moveProposal(event) {
  event.preventDefault();
  const p = cb.proposal;
  const to = $('pm-to').value;
  const decision = ['ADOPTED', 'REJECTED', 'GRANTED'].includes(to);
  const body = { to, reason: $('pm-reason').value.trim() || null,
    amount: to === 'GRANTED' && $('pm-amount').value !== '' ? Number($('pm-amount').value) : null };
  try {
    const { data } = await api(`collaboration/proposals/${p.id}/${decision ? 'decision' : 'advance'}`,
      { method: 'POST', body, headers: { 'If-Match': `"${p.version}"` } });
    showProposal(data);
    await loadProposals();
  } catch (error) {
    h.showErrors('proposal-move-errors', error);
  }
}

async function addSupport(event) {
  event.preventDefault();
  const body = { date: $('sp-date').value || null, supporter: $('sp-supporter').value.trim(), activity: $('sp-activity').value,
    notes: $('sp-notes').value.trim() || null };
  try {
    const { data } = await api(`collaboration/proposals/${cb.proposal.id}/support-log`, { method: 'POST', body });
    clearErrors('support-errors');
    $('sp-notes').value = '';
    showProposal(data);
  } catch (error) {
    h.showErrors('support-errors', error);
  }
}

async function drawUpContract(event) {
  event.preventDefault();
  const p = cb.proposal;
  const body = { ...readTerms('dc-'), division: $('dc-division').value.trim() || null,
    ownerName: $('dc-ownerName').value.trim() || null };
  try {
    const { data } = await api(`collaboration/proposals/${p.id}/contract`, { method: 'POST', body, headers: { 'If-Match': `"${p.version}"` } });
    clearErrors('draw-contract-errors');
    await openProposal(p.id);
    await loadProposals();
    await openProject(data.projectId);
    showContract(data);
  } catch (error) {
    h.showErrors('draw-contract-errors', error);
  }
}

// ---- projects

async function loadProjects() {
  const table = $('project-list');
  table.dataset.loaded = 'false';
  const params = new URLSearchParams({ fiscalYear: $('cb-year').value, page: cb.page, size: PAGE_SIZE });
  if ($('cb-owner').value) params.set('ownerKind', $('cb-owner').value);
  if ($('cb-field').value) params.set('field', $('cb-field').value);
  if ($('cb-q').value.trim()) params.set('q', $('cb-q').value.trim());
  const { data } = await api(`collaboration/projects?${params}`);
  cb.total = data.total;
  $('cb-count').textContent = t('cb.count', data.total);
  table.tBodies[0].replaceChildren(...(data.items.length ? data.items.map((p) => row([p.ownerName, p.division, p.name,
    label(vocab('field', p.field)), p.partners, p.contractYears.join(', ')], () => openProject(p.id), p.id)) : [emptyRow(6)]));
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  $('cb-page-info').textContent = t('page.info', cb.page + 1, pages);
  $('cb-prev').disabled = cb.page === 0;
  $('cb-next').disabled = cb.page + 1 >= pages;
  table.dataset.loaded = 'true';
}

async function createProject(event) {
  event.preventDefault();
  const v = (id) => $(id).value.trim();
  const body = { ownerName: v('pj-ownerName') || null, division: v('pj-division'), name: v('pj-name'), field: $('pj-field').value,
    partners: v('pj-partners') || null, origin: $('pj-origin').value || null, fiscalYear: Number($('cb-year').value) };
  try {
    const { data } = await api('collaboration/projects', { method: 'POST', body });
    clearErrors('project-errors');
    $('pj-name').value = '';
    await loadProjects();
    showProject(data);
  } catch (error) {
    h.showErrors('project-errors', error);
  }
}

async function importCatalogue(event) {
  event.preventDefault();
  const file = $('ci-file').files[0];
  $('catalogue-import-result').hidden = true;
  if (!file) return;
  try {
    const response = await fetch(new URL(`api/v1/collaboration/projects/import?fiscalYear=${$('cb-year').value}`, document.baseURI), {
      method: 'POST', headers: { Authorization: `Bearer ${token()}`, 'Content-Type': 'text/csv; charset=UTF-8', Accept: 'application/json' },
      body: await file.arrayBuffer() });
    const data = await response.json();
    if (!response.ok) {
      const lines = [data.detail, ...(data.errors || []).map((e) => `${e.field}: ${e.message}`)];
      $('catalogue-import-errors').replaceChildren(...lines.map((l) => Object.assign(document.createElement('li'), { textContent: l })));
      $('catalogue-import-errors').hidden = false;
      return;
    }
    clearErrors('catalogue-import-errors');
    $('catalogue-import-result').textContent = t('cb.imported', data);
    $('catalogue-import-result').hidden = false;
    await loadProjects();
  } catch (error) {
    h.showErrors('catalogue-import-errors', error);
  }
}

async function openProject(id) {
  try {
    showProject((await api(`collaboration/projects/${id}`)).data);
  } catch (error) {
    h.pageError(error);
  }
}

function showProject(view) {
  const p = view.project;
  cb.project = view;
  $('project-detail').hidden = false;
  $('project-detail').dataset.id = p.id;
  $('contract-detail').hidden = true;
  $('sheet-panel').hidden = true;
  $('pjd-name').textContent = p.name;
  fields('pjd-fields', [['cb.owner', `${p.ownerName}（${label(vocab('ownerKind', p.ownerKind))}）`], ['cb.division', p.division],
    ['cb.field', label(vocab('field', p.field))], ['cb.partners', p.partners], ['cb.origin', p.origin ? label(vocab('origin', p.origin)) : null],
    ['filter.fiscalYear', p.fiscalYears.join(', ')], ['cb.contractYears', p.contractYears.join(', ')]]);
  $('contract-list').tBodies[0].replaceChildren(...(view.contracts.length ? view.contracts.map((c) => row([
    label(vocab('contractType', c.type)), c.partner, `${c.periodFrom} – ${c.periodTo}`, yen(c.amount),
    label(vocab('contractStatus', c.status))], () => openContract(c.id), c.id)) : [emptyRow(5)]));
  $('contract-form').hidden = !view.managed;
  if (!$('ct-partner').value) $('ct-partner').value = p.partners || '';
  $('project-detail').scrollIntoView({ block: 'nearest' });
}

async function addContract(event) {
  event.preventDefault();
  try {
    const { data } = await api(`collaboration/projects/${cb.project.project.id}/contracts`, { method: 'POST', body: readTerms('ct-') });
    clearErrors('contract-errors');
    await openProject(cb.project.project.id);
    showContract(data);
  } catch (error) {
    h.showErrors('contract-errors', error);
  }
}

// ---- contracts

async function openContract(id) {
  try {
    showContract((await api(`collaboration/contracts/${id}`)).data);
  } catch (error) {
    h.pageError(error);
  }
}

function showContract(c) {
  cb.contract = c;
  $('contract-detail').hidden = false;
  $('contract-detail').dataset.id = c.id;
  showRecordParts($('contract-parts'), 'collaboration/contracts', c.id, { prefix: 'kp' }).catch((e) => h.pageError(e));
  $('ctd-title').textContent = `${c.projectName}（${label(vocab('contractType', c.type))}）`;
  $('ctd-status').textContent = label(vocab('contractStatus', c.status));
  $('ctd-status').dataset.status = c.status;
  fields('ctd-fields', [['cb.partner', c.partner], ['cb.cityParty', c.cityParty], ['cb.purpose', c.purpose], ['cb.roles', c.roles],
    ['cb.costShare', c.costShare], ['cb.amount', `${yen(c.amount)} 円`], ['cb.period', `${formatDate(c.periodFrom)} – ${formatDate(c.periodTo)}`],
    ['cb.areas', c.businessAreas.join(' / ')],
    ['cb.amendments', c.amendments.map((a) => `${a.amendedOn} ${a.reason}（${a.oldPeriodTo}→${a.newPeriodTo}, ${yen(a.oldAmount)}→${yen(a.newAmount)}）`).join(' / ')]]);
  const managed = c.managed;
  $('ct-sign').hidden = !managed || c.status !== 'DRAFTING';
  $('ct-start').hidden = !managed || c.status !== 'SIGNED';
  $('ct-end').hidden = !managed || !['ACTIVE', 'AMENDED'].includes(c.status);
  $('amend-form').hidden = !managed || !['ACTIVE', 'AMENDED'].includes(c.status);
  $('evaluation-open-form').hidden = !managed || ['DRAFTING', 'SIGNED'].includes(c.status);
  clearErrors('contract-step-errors');
  $('evaluation-list').tBodies[0].replaceChildren(...(c.evaluations.length ? c.evaluations.map((e) => row([t('fy', e.fiscalYear),
    label(vocab('evaluationStatus', e.status)), t(e.partnerSubmitted ? 'cb.submitted' : 'cb.notSubmitted'),
    t(e.citySubmitted ? 'cb.submitted' : 'cb.notSubmitted'), e.divergences], () => openSheet(e.id), e.id)) : [emptyRow(5)]));
  $('contract-detail').scrollIntoView({ block: 'nearest' });
}

async function contractStep(step) {
  const c = cb.contract;
  try {
    const { data } = await api(`collaboration/contracts/${c.id}/steps`, { method: 'POST', body: { step },
      headers: { 'If-Match': `"${c.version}"` } });
    showContract(data);
  } catch (error) {
    h.showErrors('contract-step-errors', error);
  }
}

async function amend(event) {
  event.preventDefault();
  const c = cb.contract;
  const body = { reason: $('am-reason').value.trim(), periodTo: $('am-periodTo').value || null,
    amount: $('am-amount').value === '' ? null : Number($('am-amount').value) };
  try {
    const { data } = await api(`collaboration/contracts/${c.id}/amendments`, { method: 'POST', body, headers: { 'If-Match': `"${c.version}"` } });
    clearErrors('amend-errors');
    showContract(data);
  } catch (error) {
    h.showErrors('amend-errors', error);
  }
}

async function openNewSheet(event) {
  event.preventDefault();
  try {
    const { data } = await api(`collaboration/contracts/${cb.contract.id}/evaluations`, { method: 'POST',
      body: { fiscalYear: Number($('ev-year').value) } });
    clearErrors('evaluation-open-errors');
    await openContract(cb.contract.id);
    showSheet(data);
  } catch (error) {
    h.showErrors('evaluation-open-errors', error);
  }
}

// ---- evaluation sheets (the city's column)

export async function openSheet(id) {
  try {
    showSheet((await api(`collaboration/evaluations/${id}`)).data);
  } catch (error) {
    h.pageError(error);
  }
}

const SHEET_IDS = (side) => ({ grid: 'sheet-grid', grade: `sg-${side}-`, note: `sa-${side}-`, role: `sl-${side}-`,
  joint: 'sj-', organisation: 'sh-organisation', rater: 'sh-rater', contact: 'sh-contact' });

function showSheet(s) {
  cb.sheet = s;
  const { side, open } = ownSide(s);
  $('sheet-panel').hidden = false;
  $('sheet-panel').dataset.id = s.id;
  $('sh-title').textContent = `${s.projectName} ${t('fy', s.fiscalYear)}`;
  $('sh-status').textContent = label(vocab('evaluationStatus', s.status));
  $('sh-status').dataset.status = s.status;
  const link = s.partnerToken ? new URL(`evaluation.html?token=${encodeURIComponent(s.partnerToken)}`, document.baseURI).toString() : '';
  $('sh-partner-link').href = link;
  $('sh-partner-link').textContent = link;
  $('sh-partner-link').closest('p').hidden = !link;
  renderSheet($('sheet-doc'), s, SHEET_IDS(side || 'city'));
  $('sh-save').textContent = t(side === 'partner' ? 'cb.savePartnerColumn' : 'cb.saveColumn');
  $('sh-submit').textContent = t(side === 'partner' ? 'cb.submitPartnerColumn' : 'cb.submitColumn');
  $('sh-save').hidden = !open;
  $('sh-submit').hidden = !open;
  $('sh-joint-save').hidden = !s.writesJoint;
  $('sh-publish').hidden = !((isManager() && (s.partnerToken || s.writesPartnerColumn)) || s.writesCityColumn)
    || s.status !== 'COMPLETED';
  $('sh-public-link').hidden = s.status !== 'PUBLISHED';
  $('sh-public-link').href = `evaluation.html?id=${s.id}`;
  clearErrors('sheet-errors');
  $('sheet-panel').scrollIntoView({ block: 'nearest' });
}

function ownColumn() {
  const { side } = ownSide(cb.sheet);
  return { side, body: readColumn(cb.sheet, SHEET_IDS(side)) };
}

async function sheetAction(path, method, body) {
  const s = cb.sheet;
  try {
    const { data } = await api(`collaboration/evaluations/${s.id}/${path}`, { method, body, headers: { 'If-Match': `"${s.version}"` } });
    showSheet(data);
    if (cb.contract) await openContract(cb.contract.id).then(() => showSheet(data));
  } catch (error) {
    h.showErrors('sheet-errors', error);
  }
}

async function saveAndSubmit() {
  const s = cb.sheet;
  const { side, body } = ownColumn();
  try {
    const saved = await api(`collaboration/evaluations/${s.id}/${side}`, { method: 'PUT', body, headers: { 'If-Match': `"${s.version}"` } });
    cb.sheet = saved.data;
    await sheetAction(`${side}/submit`, 'POST');
  } catch (error) {
    h.showErrors('sheet-errors', error);
  }
}

// ---- page

export async function loadCollaboration() {
  if (!cb.vocabulary) {
    cb.vocabulary = (await api('collaboration-vocabulary')).data;
    fillCollaborationOptions();
  }
  document.querySelectorAll('#collaboration-page .cb-write').forEach((el) => { el.hidden = isHq(); });
  document.querySelectorAll('#collaboration-page .cb-manager').forEach((el) => { el.hidden = !isManager(); });
  $('pj-ownerName').closest('label').hidden = h.state.me.centre.kind !== 'CITY_CENTRE' || isOfficer();
  if (h.state.me.bureau) $('pj-ownerName').value = h.state.me.bureau;
  if (!$('pr-receivedOn').value) $('pr-receivedOn').value = h.today();
  try {
    await Promise.all([loadProposals(), loadProjects()]);
    h.pageError(null);
  } catch (error) {
    h.pageError(error);
  }
}

export function initCollaboration(helpers) {
  h = helpers;
  $('proposal-form').addEventListener('submit', receiveProposal);
  $('cb-proposal-year').addEventListener('change', () => loadProposals().catch(h.pageError));
  $('proposal-move-form').addEventListener('submit', moveProposal);
  $('support-form').addEventListener('submit', addSupport);
  $('draw-contract-form').addEventListener('submit', drawUpContract);
  for (const id of ['cb-year', 'cb-owner', 'cb-field', 'cb-q']) {
    $(id).addEventListener('change', () => { cb.page = 0; loadProjects().catch(h.pageError); });
  }
  $('cb-prev').addEventListener('click', () => { cb.page = Math.max(0, cb.page - 1); loadProjects().catch(h.pageError); });
  $('cb-next').addEventListener('click', () => { cb.page += 1; loadProjects().catch(h.pageError); });
  $('project-form').addEventListener('submit', createProject);
  $('catalogue-import-form').addEventListener('submit', importCatalogue);
  $('contract-form').addEventListener('submit', addContract);
  $('ct-sign').addEventListener('click', () => contractStep('SIGN'));
  $('ct-start').addEventListener('click', () => contractStep('START'));
  $('ct-end').addEventListener('click', () => contractStep('END'));
  $('amend-form').addEventListener('submit', amend);
  $('evaluation-open-form').addEventListener('submit', openNewSheet);
  $('sh-save').addEventListener('click', () => { const { side, body } = ownColumn(); sheetAction(side, 'PUT', body); });
  $('sh-joint-save').addEventListener('click', () => sheetAction('joint', 'PUT', readJoint(cb.sheet, SHEET_IDS('city'))));
  $('sh-submit').addEventListener('click', saveAndSubmit);
  $('sh-publish').addEventListener('click', () => sheetAction('publish', 'POST'));
}
