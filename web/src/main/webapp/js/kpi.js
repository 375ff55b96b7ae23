// 指標と目標: the KPI catalogue with each indicator's rule as a tooltip, and the centre's targets of a fiscal
// year. Managers set their centre's targets; HQ chooses a centre and sets any centre's. The centre's people report
// the figures its records do not hold (the mail magazine's registrations) month by month. The operating plan's
// targets are listed with the indicators that count them.
import { api } from './api.js';
import { formatDateTime, lang, t } from './i18n.js';
import { clearErrors } from './forms.js';

const kp = { catalogue: null, plan: null, figures: [] };
let h;

function $(id) { return document.getElementById(id); }
function roles() { return h.state.me.roles; }
function isHq() { return roles().includes('hq-analyst'); }
function reportsFigures() { return roles().some((r) => ['centre-staff', 'centre-manager', 'network-coordinator'].includes(r)); }
function indicatorName(code) {
  const i = kp.catalogue.find((x) => x.code === code);
  return i ? (lang() === 'en' ? i.en : i.ja) : code;
}
function canSet() { return roles().some((r) => ['centre-manager', 'network-coordinator', 'hq-analyst'].includes(r)); }

export function fillKpiOptions() {
  if (!h) return;
  h.fillFiscalYears($('kpi-year'), false);
  const chosen = $('kpi-centre').value;
  $('kpi-centre').replaceChildren(...h.state.centres.map((c) => new Option(lang() === 'en' ? c.displayNameEn : c.displayNameJa, c.id)));
  $('kpi-centre').value = chosen || h.state.me.centre.id;
}

async function loadTargets() {
  const table = $('kpi-table');
  table.dataset.loaded = 'false';
  const centre = isHq() ? $('kpi-centre').value : h.state.me.centre.id;
  const year = $('kpi-year').value;
  const { data } = await api(`kpi/targets?fiscalYear=${year}${isHq() ? `&centre=${centre}` : ''}`);
  const targets = new Map(data.map((x) => [x.code, x]));
  table.tBodies[0].replaceChildren(...kp.catalogue.map((i) => {
    const tr = document.createElement('tr');
    tr.dataset.code = i.code;
    const name = h.cell(lang() === 'en' ? i.en : i.ja);
    name.title = lang() === 'en' ? i.ruleEn : i.ruleJa;
    name.className = 'has-tooltip';
    const target = targets.get(i.code);
    const cells = [name, h.cell(t(`kpi.unit.${i.unit}`)), h.cell(t(`kpi.agg.${i.aggregation}`))];
    const action = document.createElement('td');
    if (canSet()) {
      const input = Object.assign(document.createElement('input'), { type: 'number', min: 0, step: 'any', className: 'narrow-number',
        id: `kpi-value-${i.code}`, value: target ? target.value : '' });
      input.setAttribute('aria-label', `${lang() === 'en' ? i.en : i.ja} — ${t('kpi.target')}`);
      const cell = document.createElement('td');
      cell.append(input);
      cells.push(cell);
      const save = Object.assign(document.createElement('button'), { type: 'button', textContent: t('editor.save') });
      save.addEventListener('click', () => setTarget(centre, year, i.code, input.value, target));
      action.append(save);
    } else {
      cells.push(h.cell(target ? String(target.value) : '—'));
    }
    cells.push(h.cell(target ? target.setBy : ''), action);
    tr.append(...cells);
    return tr;
  }));
  table.dataset.loaded = 'true';
}

async function setTarget(centre, year, code, value, existing) {
  try {
    await api(`kpi/targets/${centre}/${year}/${code}`, { method: 'PUT', body: { value: value === '' ? null : Number(value) },
      headers: existing ? { 'If-Match': `"${existing.version}"` } : {} });
    clearErrors('kpi-errors');
    await loadTargets();
  } catch (error) {
    h.showErrors('kpi-errors', error);
  }
}

function showPlan() {
  const plan = kp.plan;
  $('kpi-plan-title').textContent = `${lang() === 'en' ? plan.en : plan.ja}（${plan.fiscalYear}）`;
  $('kpi-plan').tBodies[0].replaceChildren(...plan.targets.map((x) => {
    const tr = document.createElement('tr');
    const figures = x.targets.map((v) => `${indicatorName(v.code)}: ${v.value}`).join(' / ');
    tr.append(h.cell(x.item), h.cell(lang() === 'en' ? x.en : x.ja), h.cell(figures),
      h.cell((lang() === 'en' ? x.noteEn : x.noteJa) || ''));
    return tr;
  }));
}

async function loadFigures() {
  const table = $('kpi-figures');
  table.dataset.loaded = 'false';
  const { data } = await api(`kpi/reported-figures?fiscalYear=${$('kpi-year').value}`);
  const kind = $('kpi-figure-kind');
  const chosen = kind.value;
  kind.replaceChildren(...data.kinds.map((k) => new Option(lang() === 'en' ? k.en : k.ja, k.value)));
  if (chosen) kind.value = chosen;
  kp.figures = data.figures;
  const when = (instant) => formatDateTime(instant);
  const rows = data.figures.map((f) => {
    const tr = document.createElement('tr');
    tr.append(h.cell(lang() === 'en' ? f.labelEn : f.labelJa), h.cell(f.month), h.cell(f.value.toLocaleString()),
      h.cell(f.note || ''), h.cell(`${f.enteredBy} ${when(f.enteredAt)}`));
    return tr;
  });
  if (rows.length === 0) {
    const empty = document.createElement('tr');
    empty.append(Object.assign(h.cell(t('kpi.figures.empty'), 'muted'), { colSpan: 5 }));
    rows.push(empty);
  }
  table.tBodies[0].replaceChildren(...rows);
  table.dataset.loaded = 'true';
}

async function reportFigure(event) {
  event.preventDefault();
  const kind = $('kpi-figure-kind').value;
  const month = $('kpi-figure-month').value;
  const raw = $('kpi-figure-value').value;
  const existing = kp.figures.find((f) => f.kind === kind && f.month === month);
  try {
    await api(`kpi/reported-figures/${kind}/${month || '-'}`, { method: 'PUT',
      body: { value: raw === '' ? null : Number(raw), note: $('kpi-figure-note').value || null },
      headers: existing ? { 'If-Match': `"${existing.version}"` } : {} });
    clearErrors('kpi-figure-errors');
    $('kpi-figure-value').value = '';
    $('kpi-figure-note').value = '';
    await loadFigures();
  } catch (error) {
    h.showErrors('kpi-figure-errors', error);
  }
}

export async function loadKpi() {
  if (!kp.catalogue) {
    const { data } = await api('kpi/catalogue');
    kp.catalogue = data.indicators;
    kp.plan = data.plan;
  }
  fillKpiOptions();
  $('kpi-centre-label').hidden = !isHq();
  $('kpi-figures-section').hidden = !reportsFigures();
  showPlan();
  try {
    await loadTargets();
    if (reportsFigures()) await loadFigures();
    h.pageError(null);
  } catch (error) {
    h.pageError(error);
  }
}

export function initKpi(helpers) {
  h = helpers;
  $('kpi-year').addEventListener('change', () => loadTargets().then(() => (reportsFigures() ? loadFigures() : null))
    .catch(h.pageError));
  $('kpi-figure-form').addEventListener('submit', reportFigure);
  $('kpi-centre').addEventListener('change', () => loadTargets().catch(h.pageError));
}

