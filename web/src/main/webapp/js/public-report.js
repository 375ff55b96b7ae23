// The ordinance report (条例第20条, 市民協働の取組状況) of a fiscal year: public, computed from the records; its
// section 2 and the lists by ward and bureau come from the year's closed survey of 区局.
import { api, ProblemError } from './api.js';
import { installLanguageToggle, lang, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const cell = (text) => Object.assign(document.createElement('td'), { textContent: text ?? '' });
const yen = (n) => Number(n).toLocaleString('ja-JP');

function fiscalYears() {
  const now = new Date();
  const current = now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
  const wanted = Number(new URLSearchParams(location.search).get('fiscalYear')) || current - 1;
  const years = [];
  for (let y = current; y >= Math.min(2020, wanted); y--) years.push(y);
  if (!years.includes(wanted)) years.push(wanted);
  $('rp-year').replaceChildren(...years.map((y) => new Option(t('fy', y), String(y))));
  $('rp-year').value = String(wanted);
}

function row(cells) {
  const tr = document.createElement('tr');
  tr.append(...cells.map(cell));
  return tr;
}

function formLabel(form, en) {
  const labels = { COMMISSION: ['委託型', 'Commission'], SUBSIDY: ['補助型', 'Subsidy'], SHARED_COST: ['負担金型', 'Shared cost'] };
  return form ? labels[form][en ? 1 : 0] : t('rp.noForm');
}

/** Section 2 from the closed survey of 区局; before it closes, a line saying why it is not there. */
function showSection2(r, en) {
  const s = r.section2;
  $('rp-section2').hidden = !s;
  $('rp-s2-none').hidden = !!s;
  if (!s) {
    $('rp-s2-none').textContent = t(r.surveyStatus === 'OPEN' ? 'rp.surveyOpen' : 'rp.surveyNone');
    return;
  }
  $('rp-s2-lead').textContent = t('rp.s2lead', en ? r.fiscalYear : r.fiscalYearLabel, s);
  $('rp-s2-contracts').textContent = t('rp.s2contracts', s);
  $('rp-contract-list').tBodies[0].replaceChildren(...s.contractList.map((l) => row([l.number,
    t(l.origin === 'ARTICLE_10' ? 'rp.byCitizens' : 'rp.byCity'), l.name, l.office, en ? l.contracts : `${l.contracts}件`])));
  $('rp-contract-list').tFoot.replaceChildren(row([t('rp.sum'), '', '', '', en ? s.contracted.contracts : `${s.contracted.contracts}件`]));
  $('rp-forms').tBodies[0].replaceChildren(...s.forms.map((f) => row([formLabel(f.form, en), f.projects, f.contracts,
    yen(f.amount), f.withoutAmount])));
}

/** The 資料編 lists: each ward office's projects, then each bureau's. */
function showLists(r) {
  const parts = [];
  for (const kind of ['WARD', 'BUREAU']) {
    const lists = r.lists.filter((l) => l.kind === kind);
    if (!lists.length) continue;
    const count = lists.reduce((n, l) => n + l.projects.length, 0);
    parts.push(Object.assign(document.createElement('h3'), { textContent: t(kind === 'WARD' ? 'rp.wardList' : 'rp.bureauList', count) }));
    const table = document.createElement('table');
    table.className = 'list';
    const head = document.createElement('thead');
    head.append(row([t('rp.office'), t('rp.projectName'), t('rp.division')]));
    head.querySelectorAll('td').forEach((td) => { const th = document.createElement('th'); th.scope = 'col'; th.textContent = td.textContent; td.replaceWith(th); });
    const body = document.createElement('tbody');
    for (const list of lists) {
      list.projects.forEach((p, i) => body.append(row([i === 0 ? list.office : '', p.name, p.division])));
    }
    table.append(head, body);
    const wrap = Object.assign(document.createElement('div'), { className: 'scroll-x' });
    wrap.append(table);
    parts.push(wrap);
  }
  $('rp-lists').replaceChildren(...parts);
}

async function load() {
  const year = $('rp-year').value;
  $('rp-fields').dataset.loaded = 'false';
  $('rp-csv').href = `api/v1/public/collaboration/report.csv?fiscalYear=${year}`;
  $('rp-pdf').href = `api/v1/public/collaboration/report.pdf?fiscalYear=${year}`;
  try {
    const { data: r } = await api(`public/collaboration/report?fiscalYear=${year}`);
    const en = lang() === 'en';
    $('rp-fields').tBodies[0].replaceChildren(...r.fields.map((f) => {
      const row = document.createElement('tr');
      row.append(cell(`${f.number} ${en ? f.labelEn : f.labelJa}`), cell(f.projects.ward), cell(f.projects.bureau), cell(f.projects.total));
      return row;
    }));
    const total = document.createElement('tr');
    total.append(cell(t('rp.sum')), cell(r.totals.ward), cell(r.totals.bureau), cell(r.totals.total));
    const contracted = document.createElement('tr');
    contracted.append(cell(t('rp.withContract')), cell(r.projectsWithContract.ward), cell(r.projectsWithContract.bureau),
      cell(r.projectsWithContract.total));
    $('rp-fields').tFoot.replaceChildren(total, contracted);
    $('rp-heading').textContent = en ? `FY${r.fiscalYear}` : r.title;
    showSection2(r, en);
    $('rp-notes').replaceChildren(...r.notes.map((n) => Object.assign(document.createElement('li'), { textContent: en ? n.en : n.ja })));
    showLists(r);
    $('rp-contracts').tBodies[0].replaceChildren(...r.contracts.map((c) => {
      const row = document.createElement('tr');
      row.append(cell(en ? c.labelEn : c.labelJa), cell(c.contracts), cell(yen(c.amount)));
      return row;
    }));
    const sum = document.createElement('tr');
    sum.append(cell(t('rp.sum')), cell(r.contractsTotal), cell(yen(r.contractAmountTotal)));
    $('rp-contracts').tFoot.replaceChildren(sum);
    $('rp-proposals').textContent = `${t('rp.received')} ${r.proposalsReceived} ／ ${t('rp.adopted')} ${r.proposalsAdopted}`;
    $('rp-published').replaceChildren(...r.published.map((p) => {
      const item = document.createElement('li');
      item.append(Object.assign(document.createElement('a'), { href: `evaluation.html?id=${p.id}`, textContent: p.projectName }),
        ` ${p.ownerName} ／ ${p.partner}`);
      return item;
    }));
    $('rp-fields').dataset.loaded = 'true';
    $('page-error').hidden = true;
  } catch (error) {
    $('page-error').textContent = error instanceof ProblemError ? error.lines(lang()).join(' / ') : String(error);
    $('page-error').hidden = false;
  }
}

installLanguageToggle(() => { fiscalYears(); load(); });
fiscalYears();
$('rp-year').addEventListener('change', load);
load();
