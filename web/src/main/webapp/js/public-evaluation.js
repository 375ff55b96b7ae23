// A mutual evaluation sheet without an account, laid out as seed 004 has it (sheet-doc.js): a published sheet
// (?id=), read-only and printable, or the partner's side behind the partner's link (?token=): part 1's 記入者, the
// 別紙 roles, the grades and remarks to fill and submit, then part 3 together with the city.
import { api, ProblemError } from './api.js';
import { applyTexts, installLanguageToggle, lang, t } from './i18n.js';
import { ownSide, readColumn, readJoint, renderSheet } from './sheet-doc.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const token = params.get('token');
const id = params.get('id');
const IDS = { grid: 'ev-grid', grade: 'ev-partner-', note: 'ev-note-', role: 'ev-role-', joint: 'ev-joint-',
  organisation: 'ev-organisation', rater: 'ev-rater', contact: 'ev-contact' };
let sheet = null;

function showError(error) {
  const lines = error instanceof ProblemError ? error.lines(lang()) : [String(error)];
  $('ev-errors').replaceChildren(...lines.map((l) => Object.assign(document.createElement('li'), { textContent: l })));
  $('ev-errors').hidden = false;
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
    $('ev-errors').hidden = true;
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
    $('ev-errors').hidden = true;
    $('ev-notice').textContent = t('ev.saved');
    $('ev-notice').hidden = false;
  } catch (error) {
    showError(error);
  }
}

async function load() {
  try {
    const path = token ? `public/collaboration/partner-sheets/${encodeURIComponent(token)}`
      : `public/collaboration/evaluations/${encodeURIComponent(id || '')}`;
    render((await api(path)).data);
  } catch (error) {
    $('page-error').textContent = error instanceof ProblemError ? error.lines(lang()).join(' / ') : String(error);
    $('page-error').hidden = false;
  }
}

installLanguageToggle(() => { applyTexts(); if (sheet) render(sheet); });
$('ev-save').addEventListener('click', () => save(false));
$('ev-submit').addEventListener('click', () => save(true));
$('ev-joint-save').addEventListener('click', saveJoint);
$('ev-print').addEventListener('click', () => window.print());
load();
