// ダッシュボード (a centre's figures against its targets and last year) and 市全体の指標 (HQ: every centre side by
// side for one indicator, the city total, trends, CSV and the committee paper). Every chart has a table with the
// same numbers; without Chart.js the tables alone still tell everything.
import { api, ProblemError, token } from './api.js';
import { formatDate, formatDateTime, lang, t } from './i18n.js';

let h;
const charts = {};
let dashboard = null;
let chosenCode = null;

function $(id) { return document.getElementById(id); }
function roles() { return h.state.me.roles; }
function isOverseer() { return roles().some((r) => ['hq-analyst', 'network-coordinator'].includes(r)); }
function name(d) { return lang() === 'en' ? d.en : d.ja; }
function rule(d) { return lang() === 'en' ? d.ruleEn : d.ruleJa; }
function centreLabel(c) { return lang() === 'en' ? c.displayNameEn : c.displayNameJa; }

/** A value as people read it: whole counts without decimals, a unit after rates. */
function show(value, unit) {
  if (value === undefined || value === null) return '—';
  const n = Number(value);
  const text = Number.isInteger(n) ? n.toLocaleString('ja-JP') : n.toLocaleString('ja-JP', { maximumFractionDigits: 2 });
  return unit === 'PERCENT' ? `${text}%` : text;
}

/** Fiscal month k (1 = April) as a calendar month label. */
function monthLabel(k) {
  const m = ((k + 2) % 12) + 1;
  return lang() === 'en' ? new Date(2000, m - 1, 1).toLocaleString('en', { month: 'short' }) : `${m}月`;
}

function lightCell(light) {
  const td = document.createElement('td');
  const dot = Object.assign(document.createElement('span'), { className: `light light-${light}`, textContent: light === 'NONE' ? '—' : '●' });
  td.append(dot, ` ${t(`light.${light}`)}`);
  td.dataset.light = light;
  return td;
}

function drawChart(key, canvas, config) {
  if (charts[key]) charts[key].destroy();
  if (!window.Chart) return;
  charts[key] = new window.Chart(canvas, config);
}

/** A table with a header row of months and one row per series (the chart's table equivalent). */
function monthTable(table, series) {
  const head = document.createElement('tr');
  head.append(Object.assign(document.createElement('th'), { textContent: '' }),
    ...Array.from({ length: 12 }, (_, k) => Object.assign(document.createElement('th'), { textContent: monthLabel(k + 1) })));
  table.tHead.replaceChildren(head);
  table.tBodies[0].replaceChildren(...series.map((s) => {
    const tr = document.createElement('tr');
    tr.dataset.series = s.key;
    tr.append(Object.assign(document.createElement('th'), { textContent: s.label }),
      ...Array.from({ length: 12 }, (_, k) => h.cell(show(s.values[k], s.unit))));
    return tr;
  }));
}

// ---- a centre's dashboard ---------------------------------------------------------------------------

export function fillDashboardOptions() {
  if (!h) return;
  h.fillFiscalYears($('dash-year'), false);
  h.fillFiscalYears($('city-year'), false);
  const chosen = $('dash-centre').value;
  $('dash-centre').replaceChildren(...h.state.centres.map((c) => new Option(centreLabel(c), c.id)));
  $('dash-centre').value = chosen || h.state.me.centre.id;
}

async function loadCentre() {
  const table = $('dash-table');
  table.dataset.loaded = 'false';
  const centre = isOverseer() ? `&centre=${$('dash-centre').value}` : '';
  const { data } = await api(`kpi/dashboard?fiscalYear=${$('dash-year').value}${centre}`);
  dashboard = data;
  $('dash-centre-name').textContent = `— ${data.centreName}`;
  $('dash-asof').textContent = t('dash.asof', formatDate(data.asOf), data.monthsToDate);
  drawAttention(data.indicators);
  table.tBodies[0].replaceChildren(...data.indicators.map((f) => {
    const d = f.indicator;
    const tr = document.createElement('tr');
    tr.dataset.code = d.code;
    tr.tabIndex = 0;
    const label = h.cell(name(d), 'has-tooltip');
    label.title = rule(d);
    tr.append(label, h.cell(show(f.value, d.unit), 'num'), h.cell(show(f.expected, d.unit), 'num'),
      h.cell(show(f.target, d.unit), 'num'), lightCell(f.light), h.cell(show(f.lastYear, d.unit), 'num'));
    tr.addEventListener('click', () => showTrend(d.code));
    tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') showTrend(d.code); });
    return tr;
  }));
  table.dataset.loaded = 'true';
  showTrend(chosenCode && data.indicators.some((f) => f.indicator.code === chosenCode) ? chosenCode : 'consultations.received');
}

/**
 * What needs attention, first: indicators below 80 % of their target by now, then those at 80 % or more but short
 * of it, then those 20 % or more below the same period last year; each opens its trend.
 */
function drawAttention(indicators) {
  const num = (v) => (v === null || v === undefined ? null : Number(v));
  const items = [];
  for (const light of ['RED', 'AMBER']) {
    for (const f of indicators.filter((x) => x.light === light)) {
      items.push([f, t(light === 'RED' ? 'dash.attentionRed' : 'dash.attentionAmber', name(f.indicator), show(f.value, f.indicator.unit),
        show(f.expected, f.indicator.unit)), light]);
    }
  }
  // a fall of a fifth or more from last year (a rise, where a smaller figure is the better one: days to respond)
  const worse = (x) => (x.indicator.lowerIsBetter ? num(x.value) > 1.25 * num(x.lastYear) : num(x.value) < 0.8 * num(x.lastYear));
  for (const f of indicators.filter((x) => x.light !== 'RED' && x.light !== 'AMBER' && num(x.lastYear) > 0 && num(x.value) !== null
    && worse(x))) {
    items.push([f, t(f.indicator.lowerIsBetter ? 'dash.attentionRise' : 'dash.attentionDrop', name(f.indicator), show(f.value, f.indicator.unit),
      show(f.lastYear, f.indicator.unit)), 'DROP']);
  }
  $('dash-attention').hidden = false;
  $('dash-attention-list').replaceChildren(...(items.length ? items.map(([f, text, kind]) => {
    const li = document.createElement('li');
    li.dataset.kind = kind;
    const open = Object.assign(document.createElement('button'), { type: 'button', className: 'link', textContent: text });
    open.addEventListener('click', () => { showTrend(f.indicator.code); $('dash-trend').scrollIntoView({ block: 'nearest' }); });
    li.append(Object.assign(document.createElement('span'), { className: `light light-${kind === 'DROP' ? 'AMBER' : kind}`, textContent: kind === 'DROP' ? '▼ ' : '● ', ariaHidden: 'true' }), open);
    return li;
  }) : [Object.assign(document.createElement('li'), { className: 'muted', textContent: t('dash.attentionNone') })]));
}

function showTrend(code) {
  chosenCode = code;
  const f = dashboard.indicators.find((x) => x.indicator.code === code);
  const d = f.indicator;
  $('dash-trend').hidden = false;
  $('dash-trend-name').textContent = name(d);
  $('dash-trend-name').title = rule(d);
  for (const tr of $('dash-table').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.code === code);
  const breakdown = Object.entries(f.breakdown || {});
  $('dash-breakdown').hidden = breakdown.length === 0;
  $('dash-breakdown').tBodies[0].replaceChildren(...breakdown.map(([room, v]) => {
    const tr = document.createElement('tr');
    tr.append(h.cell(room), h.cell(show(v, d.unit), 'num'));
    return tr;
  }));
  if (d.period === 'YEAR') {
    $('dash-months').tHead.replaceChildren();
    $('dash-months').tBodies[0].replaceChildren(Object.assign(document.createElement('tr'), { textContent: t('dash.yearOnly') }));
    drawChart('dash', $('dash-chart'), { type: 'bar', data: { labels: [t('dash.prevYear'), t('dash.thisYear')],
      datasets: [{ label: name(d), data: [f.lastYear ?? null, f.value ?? null] }] } });
    return;
  }
  const series = [
    { key: 'this', label: t('dash.thisYear'), values: f.months, unit: d.unit },
    { key: 'last', label: t('dash.prevYear'), values: f.lastYearMonths, unit: d.unit },
  ];
  monthTable($('dash-months'), series);
  drawChart('dash', $('dash-chart'), {
    type: 'line',
    data: {
      labels: Array.from({ length: 12 }, (_, k) => monthLabel(k + 1)),
      datasets: series.map((s) => ({ label: s.label, data: s.values.map((v) => (v === null || v === undefined ? null : Number(v))),
        borderDash: s.key === 'last' ? [6, 4] : [] })),
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false },
  });
}

export async function loadDashboard() {
  fillDashboardOptions();
  $('dash-centre-label').hidden = !isOverseer();
  try {
    await loadCentre();
    h.pageError(null);
  } catch (error) {
    h.pageError(error);
  }
}

/** HQ's drill-down: a centre's dashboard from the city view. */
function openCentre(centre) {
  $('dash-centre').value = centre;
  $('dash-year').value = $('city-year').value;
  location.hash = '#dashboard';
}

// ---- the city view -----------------------------------------------------------------------------------

let catalogue = null;

async function loadCity() {
  const table = $('city-table');
  table.dataset.loaded = 'false';
  const { data } = await api(`kpi/city?code=${encodeURIComponent($('city-code').value)}&fiscalYear=${$('city-year').value}`);
  const d = data.indicator;
  $('city-definition').textContent = `${name(d)}: ${rule(d)}`;
  $('city-facts-asof').textContent = data.factsAsOf
    ? t('city.factsAsOf', formatDateTime(data.factsAsOf)) : '';
  table.tBodies[0].replaceChildren(...data.centres.map((c) => {
    const tr = document.createElement('tr');
    tr.dataset.centre = c.centre;
    const link = Object.assign(document.createElement('a'), { href: '#dashboard', textContent: c.centreName });
    link.addEventListener('click', (e) => { e.preventDefault(); openCentre(c.centre); });
    const centreCell = document.createElement('td');
    centreCell.append(link);
    tr.append(h.cell(c.rank ?? '—', 'num'), centreCell, h.cell(show(c.value, d.unit), 'num'), h.cell(show(c.lastYear, d.unit), 'num'),
      h.cell(show(c.target, d.unit), 'num'), lightCell(c.light));
    return tr;
  }));
  const total = document.createElement('tr');
  total.dataset.centre = 'city-total';
  total.append(h.cell(''), Object.assign(document.createElement('th'), { textContent: t('city.total') }), h.cell(show(data.city, d.unit), 'num'),
    h.cell(show(data.cityLastYear, d.unit), 'num'),
    h.cell(data.cityTarget === undefined || data.cityTarget === null ? '—' : `${show(data.cityTarget, d.unit)}${t('city.targetSum', data.centresWithTarget)}`),
    h.cell(''));
  table.tFoot.replaceChildren(total);
  table.dataset.loaded = 'true';
  city = data;
  drawCityChart();
  const monthly = d.period !== 'YEAR';
  $('city-months').hidden = !monthly;
  $('city-trend-chart').parentElement.hidden = !monthly;
  if (monthly) {
    const series = [{ key: 'this', label: t('dash.thisYear'), values: data.months, unit: d.unit },
      { key: 'last', label: t('dash.prevYear'), values: data.lastYearMonths, unit: d.unit }];
    monthTable($('city-months'), series);
    drawChart('cityTrend', $('city-trend-chart'), {
      type: 'line',
      data: { labels: Array.from({ length: 12 }, (_, k) => monthLabel(k + 1)),
        datasets: series.map((s) => ({ label: s.label, data: s.values.map((v) => (v === null || v === undefined ? null : Number(v))),
          borderDash: s.key === 'last' ? [6, 4] : [] })) },
      options: { animation: false, responsive: true, maintainAspectRatio: false },
    });
  }
  const years = $('city-years');
  const head = document.createElement('tr');
  head.append(...data.years.map((y) => Object.assign(document.createElement('th'), { textContent: t('fy', y.fiscalYear) })));
  years.tHead.replaceChildren(head);
  const row = document.createElement('tr');
  row.append(...data.years.map((y) => h.cell(show(y.value, d.unit), 'num')));
  years.tBodies[0].replaceChildren(row);
}

let city = null;
const CHART_ALL_UP_TO = 30;
const CHART_ENDS = 10;

/**
 * The centres' bar chart, one bar pair per centre with room to read (its height grows with the centres shown). Up
 * to 30 centres all are drawn; beyond, the top and the bottom ten, unless a search narrows the table to 30 or fewer.
 * The search filters the table too.
 */
function drawCityChart() {
  if (!city) return;
  const d = city.indicator;
  const wanted = $('city-search').value.trim().toLowerCase();
  const matches = city.centres.filter((c) => !wanted || c.centreName.toLowerCase().includes(wanted) || c.centre.includes(wanted));
  for (const tr of $('city-table').tBodies[0].rows) tr.hidden = !matches.some((c) => c.centre === tr.dataset.centre);
  let shown = matches;
  let note = wanted ? t('city.shown', matches.length, city.centres.length) : '';
  if (shown.length > CHART_ALL_UP_TO) {
    const ranked = [...shown].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
    shown = [...ranked.slice(0, CHART_ENDS), ...ranked.slice(-CHART_ENDS)];
    note = t('city.topBottom', CHART_ENDS, matches.length);
  }
  $('city-shown').textContent = note;
  const value = (v) => (v === undefined || v === null ? null : Number(v));
  $('city-chart').parentElement.style.height = `${Math.max(10, shown.length * 1.9 + 4)}rem`;
  drawChart('city', $('city-chart'), {
    type: 'bar',
    data: { labels: shown.map((c) => c.centreName),
      datasets: [{ label: name(d), data: shown.map((c) => value(c.value)) },
        { label: t('dash.lastYear'), data: shown.map((c) => value(c.lastYear)) }] },
    options: { animation: false, responsive: true, maintainAspectRatio: false, indexAxis: 'y' },
  });
}

async function downloadCsv() {
  const year = $('city-year').value;
  try {
    const response = await fetch(new URL(`api/v1/kpi/city/summary.csv?fiscalYear=${year}`, document.baseURI),
      { headers: { Authorization: `Bearer ${token()}` } });
    if (!response.ok) throw new ProblemError(response.status, await response.json().catch(() => null));
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(await response.blob()), download: `kpi-FY${year}.csv` });
    link.click();
    URL.revokeObjectURL(link.href);
    h.pageError(null);
  } catch (error) {
    h.pageError(error);
  }
}

/** The committee paper: every indicator, the city and each centre, then the browser's print dialogue. */
async function printPaper() {
  try {
    const { data } = await api(`kpi/city/summary?fiscalYear=${$('city-year').value}`);
    $('city-print-title').textContent = t('city.printTitle', t('fy', data.fiscalYear));
    $('city-print-asof').textContent = t('dash.asof', data.asOf, data.monthsToDate);
    const table = $('city-print-table');
    const head = document.createElement('tr');
    head.append(...[t('kpi.indicator'), t('city.total'), t('dash.lastYear'), ...data.centreNames]
      .map((x) => Object.assign(document.createElement('th'), { textContent: x })));
    table.tHead.replaceChildren(head);
    table.tBodies[0].replaceChildren(...data.rows.map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.code = r.indicator.code;
      tr.append(h.cell(name(r.indicator)), h.cell(show(r.city, r.indicator.unit), 'num'), h.cell(show(r.cityLastYear, r.indicator.unit), 'num'),
        ...r.centres.map((v) => h.cell(show(v, r.indicator.unit), 'num')));
      return tr;
    }));
    $('city-print-section').hidden = false;
    document.body.classList.add('printing');
    window.print();
  } catch (error) {
    h.pageError(error);
  }
}

export async function loadCityView() {
  try {
    if (!catalogue) catalogue = (await api('kpi/catalogue')).data.indicators;
    const chosen = $('city-code').value;
    $('city-code').replaceChildren(...catalogue.map((i) => Object.assign(new Option(name(i), i.code), { title: rule(i) })));
    $('city-code').value = chosen || 'consultations.received';
    fillDashboardOptions();
    await loadCity();
    h.pageError(null);
  } catch (error) {
    h.pageError(error);
  }
}

export function initDashboard(helpers) {
  h = helpers;
  $('dash-year').addEventListener('change', () => loadCentre().catch(h.pageError));
  $('dash-centre').addEventListener('change', () => loadCentre().catch(h.pageError));
  $('city-year').addEventListener('change', () => loadCity().catch(h.pageError));
  $('city-code').addEventListener('change', () => loadCity().catch(h.pageError));
  $('city-search').addEventListener('input', drawCityChart);
  $('city-csv').addEventListener('click', downloadCsv);
  $('city-print').addEventListener('click', printPaper);
  window.addEventListener('afterprint', () => document.body.classList.remove('printing'));
}
