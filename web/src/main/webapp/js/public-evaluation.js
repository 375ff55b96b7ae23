// A mutual evaluation sheet without an account: a published sheet (?id=), read-only with both columns and
// the divergence marks, or the partner's column behind the partner's link (?token=), to fill and submit.
import { api, ProblemError } from './api.js';
import { applyTexts, installLanguageToggle, lang, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const token = params.get('token');
const id = params.get('id');
const GRADES = ['A', 'B', 'C', 'D'];
const STAGES = { PLANNING: '①', IMPLEMENTATION: '②', REVIEW: '③' };
let sheet = null;

function showError(error) {
  const lines = error instanceof ProblemError ? error.lines(lang()) : [String(error)];
  $('ev-errors').replaceChildren(...lines.map((l) => Object.assign(document.createElement('li'), { textContent: l })));
  $('ev-errors').hidden = false;
}

function cell(content) {
  const td = document.createElement('td');
  if (content instanceof Node) td.append(content); else td.textContent = content ?? '';
  return td;
}

function render(s) {
  sheet = s;
  const editable = !!token && s.status === 'DRAFT' && !s.partnerSubmittedAt;
  $('ev-card').hidden = false;
  $('ev-project').textContent = s.projectName;
  $('ev-status').textContent = s.status === 'PUBLISHED' ? '公表 / Published' : s.status;
  $('ev-status').dataset.status = s.status;
  const pairs = [['cb.owner', s.ownerName], ['filter.fiscalYear', t('fy', s.fiscalYear)], ['cb.partner', s.partner],
    ['cb.cityParty', s.cityParty], ['cb.divergences', String(s.divergences)],
    ['cb.partnerSide', s.partnerRater], ['cb.citySide', s.cityRater]];
  $('ev-fields').replaceChildren(...pairs.filter(([, v]) => v).flatMap(([k, v]) => [
    Object.assign(document.createElement('dt'), { textContent: t(k) }), Object.assign(document.createElement('dd'), { textContent: v })]));
  $('ev-lead').hidden = !editable;
  $('ev-grid').tBodies[0].replaceChildren(...s.questions.map((q) => {
    let partner = q.partner || '—';
    if (editable) {
      partner = document.createElement('select');
      partner.id = `ev-partner-${q.index}`;
      partner.append(new Option('—', ''), ...GRADES.map((g) => new Option(g, g)));
      partner.value = q.partner || '';
    }
    const row = document.createElement('tr');
    row.dataset.index = q.index;
    row.classList.toggle('diverges', q.diverges);
    row.append(cell(`${STAGES[q.stage]}-${q.number}`), cell(lang() === 'en' ? q.textEn : q.textJa), cell(partner),
      cell(q.city || '—'), cell(q.diverges ? '◆' : ''));
    return row;
  }));
  $('ev-areas').replaceChildren(Object.assign(document.createElement('h2'), { textContent: t('cb.verification') }),
    ...s.areas.flatMap((a, i) => {
      const title = Object.assign(document.createElement('h3'), { textContent: a.area });
      const city = Object.assign(document.createElement('p'), { textContent: `${t('cb.citySide')}: ${a.city || '—'}` });
      if (!editable) {
        return [title, Object.assign(document.createElement('p'), { textContent: `${t('cb.partnerSide')}: ${a.partner || '—'}` }), city];
      }
      const text = Object.assign(document.createElement('textarea'), { id: `ev-note-${i}`, rows: 2, maxLength: 4000, value: a.partner || '' });
      const lab = document.createElement('label');
      lab.append(Object.assign(document.createElement('span'), { textContent: t('cb.partnerSide') }), text);
      return [title, lab, city];
    }));
  $('ev-rater-label').hidden = !editable;
  $('ev-rater').value = s.partnerRater || '';
  $('ev-actions').hidden = !editable;
  $('ev-grid').dataset.loaded = 'true';
}

function column() {
  return { grades: sheet.questions.map((q) => $(`ev-partner-${q.index}`).value || null),
    notes: sheet.areas.map((a, i) => $(`ev-note-${i}`).value), rater: $('ev-rater').value.trim() || null };
}

async function save(thenSubmit) {
  const path = `public/collaboration/partner-sheets/${encodeURIComponent(token)}`;
  try {
    let { data } = await api(path, { method: 'PUT', body: column(), headers: { 'If-Match': `"${sheet.version}"` } });
    if (thenSubmit) {
      ({ data } = await api(`${path}/submit`, { method: 'POST', headers: { 'If-Match': `"${data.version}"` } }));
    }
    $('ev-errors').hidden = true;
    render(data);
    $('ev-notice').textContent = t(thenSubmit ? 'ev.submitted' : 'ev.saved');
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
load();
