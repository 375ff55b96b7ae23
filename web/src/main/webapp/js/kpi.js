// 指標と目標: the KPI catalogue with each indicator's rule as a tooltip, and the centre's targets of a fiscal
// year. Managers set their centre's targets; HQ chooses a centre and sets any centre's.
import { api } from './api.js';
import { lang, t } from './i18n.js';

const kp = { catalogue: null };
let h;

function $(id) { return document.getElementById(id); }
function roles() { return h.state.me.roles; }
function isHq() { return roles().includes('hq-analyst'); }
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
    $('kpi-errors').hidden = true;
    await loadTargets();
  } catch (error) {
    h.showErrors('kpi-errors', error);
  }
}

export async function loadKpi() {
  if (!kp.catalogue) kp.catalogue = (await api('kpi/catalogue')).data.indicators;
  fillKpiOptions();
  $('kpi-centre-label').hidden = !isHq();
  try {
    await loadTargets();
    h.pageError(null);
  } catch (error) {
    h.pageError(error);
  }
}

export function initKpi(helpers) {
  h = helpers;
  $('kpi-year').addEventListener('change', () => loadTargets().catch(h.pageError));
  $('kpi-centre').addEventListener('change', () => loadTargets().catch(h.pageError));
}

