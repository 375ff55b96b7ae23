// The ordinance report (条例第20条) of a fiscal year: public, computed from the records.
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
