// A mutual evaluation sheet without an account, laid out as seed 004 has it (sheet-doc.js): a published sheet
// (?id=), read-only and printable, or the partner's side behind the partner's link (?token=): part 1's 記入者, the
// 別紙 roles, the grades and remarks to fill and submit, then part 3 together with the city.
import { api } from './api.js';
import { applyTexts, installLanguageToggle, t } from './i18n.js';
import { ownSide, readColumn, readJoint, renderSheet } from './sheet-doc.js';
import { clearErrors, errorText, showErrors } from './forms.js';
import { labelCells } from './lists.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const token = params.get('token');
const id = params.get('id');
const IDS = { grid: 'ev-grid', grade: 'ev-partner-', note: 'ev-note-', role: 'ev-role-', joint: 'ev-joint-',
  organisation: 'ev-organisation', rater: 'ev-rater', contact: 'ev-contact' };
let sheet = null;

function showError(error) {
  showErrors('ev-errors', error);
}

function render(s) {
  sheet = s;
  const { open } = ownSide(s);
  $('ev-card').hidden = false;
  $('ev-project').textContent = s.projectName;
  $('ev-status').textContent = s.status === 'PUBLISHED' ? '公表 / Published' : s.status;
  $('ev-status').dataset.status = s.status;
  $('ev-lead').hidden = !open;
  renderSheet($('ev-areas'), s, IDS);
  $('ev-actions').hidden = !open;
  $('ev-joint-actions').hidden = !s.writesJoint;
}

async function send(path, method, body) {
  const { data } = await api(`public/collaboration/partner-sheets/${encodeURIComponent(token)}${path}`,
    { method, body, headers: { 'If-Match': `"${sheet.version}"` } });
  sheet = data;
  return data;
}

async function save(thenSubmit) {
  try {
    let data = await send('', 'PUT', readColumn(sheet, IDS));
    if (thenSubmit) data = await send('/submit', 'POST');
    clearErrors('ev-errors');
    render(data);
    $('ev-notice').textContent = t(thenSubmit ? 'ev.submitted' : 'ev.saved');
    $('ev-notice').hidden = false;
  } catch (error) {
    showError(error);
  }
}

async function saveJoint() {
  try {
    render(await send('/joint', 'PUT', readJoint(sheet, IDS)));
    clearErrors('ev-errors');
    $('ev-notice').textContent = t('ev.saved');
    $('ev-notice').hidden = false;
  } catch (error) {
    showError(error);
  }
}

/** Without a sheet's id or a partner's link: the index of the published sheets, by fiscal year. */
async function loadIndex() {
  $('ev-index').hidden = false;
  const table = $('ev-index-list');
  table.dataset.loaded = 'false';
  const year = $('ev-index-year').value;
  const { data } = await api(`public/collaboration/evaluations${year ? `?fiscalYear=${year}` : ''}`);
  const cell = (content) => {
    const td = document.createElement('td');
    td.append(content);
    return td;
  };
  table.tBodies[0].replaceChildren(...(data.length ? data.map((e) => {
    const row = document.createElement('tr');
    const link = Object.assign(document.createElement('a'), { href: `evaluation.html?id=${encodeURIComponent(e.id)}`, textContent: e.projectName });
    row.append(cell(t('fy', e.fiscalYear)), cell(link), cell(e.divergences ? t('ev.indexDiverged', e.divergences) : t('ev.indexNone')));
    return row;
  }) : [Object.assign(document.createElement('tr'), { innerHTML: '<td colspan="3"></td>' })]));
  if (!data.length) table.tBodies[0].rows[0].cells[0].textContent = t('ev.indexEmpty');
  labelCells(table);
  table.dataset.loaded = 'true';
}

function fillIndexYears() {
  const select = $('ev-index-year');
  const now = new Date();
  const current = now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
  const chosen = select.value;
  const years = [];
  for (let y = current; y >= current - 6; y--) years.push(new Option(t('fy', y), String(y)));
  select.replaceChildren(select.options[0], ...years);
  select.value = chosen;
}

async function load() {
  try {
    if (!token && !id) {
      fillIndexYears();
      await loadIndex();
      return;
    }
    const path = token ? `public/collaboration/partner-sheets/${encodeURIComponent(token)}`
      : `public/collaboration/evaluations/${encodeURIComponent(id)}`;
    render((await api(path)).data);
  } catch (error) {
    $('page-error').textContent = errorText(error);
    $('page-error').hidden = false;
  }
}

$('ev-index-year').addEventListener('change', () => loadIndex().catch((error) => {
  $('page-error').textContent = errorText(error);
  $('page-error').hidden = false;
}));
installLanguageToggle(() => { applyTexts(); if (sheet) render(sheet); else if (!token && !id) { fillIndexYears(); loadIndex(); } });
$('ev-save').addEventListener('click', () => save(false));
$('ev-submit').addEventListener('click', () => save(true));
$('ev-joint-save').addEventListener('click', saveJoint);
$('ev-print').addEventListener('click', () => window.print());
load();
