// The public availability page: no login, no bookers; the grid refreshes itself every few seconds.
import { api, ProblemError } from './api.js';
import { installLanguageToggle, lang, t } from './i18n.js';

const REFRESH_MS = 4000;
const $ = (id) => document.getElementById(id);
let centres = [];

function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function pageError(error) {
  const box = $('page-error');
  box.hidden = !error;
  if (error) box.textContent = error instanceof ProblemError ? error.lines(lang()).join(' / ') : String(error);
}

function minutes(time) {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

function hhmm(total) {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Draws spaces × time units; a cell is free (○), taken (×) or closed (blank). Shared by the staff page. */
export function drawGrid(table, spaces, { onFreeCell, labelOf } = {}) {
  const open = spaces.filter((s) => s.opens);
  const step = Math.min(...open.map((s) => s.slotMinutes), 60);
  const first = Math.min(...open.map((s) => minutes(s.opens)));
  const last = Math.max(...open.map((s) => minutes(s.closes)));
  const head = document.createElement('tr');
  head.append(Object.assign(document.createElement('th'), { textContent: '' }));
  const times = [];
  for (let m = first; m < last; m += step) times.push(m);
  times.forEach((m) => head.append(Object.assign(document.createElement('th'), { textContent: m % 60 === 0 ? hhmm(m) : '' })));
  table.tHead.replaceChildren(open.length ? head : document.createElement('tr'));
  table.tBodies[0].replaceChildren(...spaces.map((s) => {
    const row = document.createElement('tr');
    row.dataset.space = s.spaceId;
    row.append(Object.assign(document.createElement('th'), { textContent: labelOf ? labelOf(s) : s.name }));
    const taken = new Set((s.taken || []).map((x) => minutes(x)));
    times.forEach((m) => {
      const cell = document.createElement('td');
      cell.dataset.time = hhmm(m);
      const isOpen = s.opens && m >= minutes(s.opens) && m < minutes(s.closes);
      const unitTaken = [...taken].some((t0) => m >= t0 && m < t0 + s.slotMinutes);
      cell.className = !isOpen ? 'closed' : unitTaken ? 'taken' : 'free';
      cell.textContent = !isOpen ? '' : unitTaken ? '×' : '○';
      cell.title = `${s.name} ${hhmm(m)}`;
      if (isOpen && !unitTaken && onFreeCell) {
        cell.tabIndex = 0;
        cell.addEventListener('click', () => onFreeCell(s, hhmm(m)));
      }
      row.append(cell);
    });
    if (!s.opens) row.append(Object.assign(document.createElement('td'), { textContent: t('public.closed'), className: 'muted' }));
    return row;
  }));
}

async function loadGrid() {
  const centre = $('public-centre').value;
  const date = $('public-date').value;
  if (!centre || !date) return;
  try {
    const { data } = await api(`public/availability?centre=${encodeURIComponent(centre)}&date=${date}`);
    const labelOf = (s) => `${s.name}${s.capacity ? `（${t('public.capacity', s.capacity)}）` : ''}`;
    drawGrid($('public-grid'), data.spaces, { labelOf });
    if (data.spaces.length === 0) {
      $('public-grid').tBodies[0].replaceChildren(Object.assign(document.createElement('tr'), { textContent: t('public.noSpaces') }));
    }
    $('public-grid').dataset.loaded = 'true';
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

async function searchFree(event) {
  event.preventDefault();
  const list = $('free-list');
  list.dataset.loaded = 'false';
  const params = new URLSearchParams({ date: $('free-date').value, from: $('free-from').value, to: $('free-to').value,
    headcount: $('free-headcount').value || '1' });
  try {
    const { data } = await api(`public/free-spaces?${params}`);
    list.replaceChildren(...(data.length ? data.map((f) => Object.assign(document.createElement('li'), {
      textContent: `${lang() === 'en' ? f.centreEn : f.centreJa} — ${f.name}${f.capacity ? `（${t('public.capacity', f.capacity)}）` : ''}`,
    })) : [Object.assign(document.createElement('li'), { textContent: t('public.noneFree'), className: 'muted' })]));
    list.dataset.loaded = 'true';
    pageError(null);
  } catch (error) {
    pageError(error);
  }
}

function fillCentres() {
  const select = $('public-centre');
  const chosen = select.value || new URLSearchParams(location.search).get('centre') || 'city';
  select.replaceChildren(...centres.map((c) => new Option(lang() === 'en' ? c.displayNameEn : c.displayNameJa, c.id)));
  select.value = chosen;
}

async function start() {
  try {
    centres = (await api('tenants')).data;
  } catch (error) {
    pageError(error);
    return;
  }
  installLanguageToggle(() => { fillCentres(); loadGrid(); });
  fillCentres();
  $('public-date').value = new URLSearchParams(location.search).get('date') || today();
  $('free-date').value = $('public-date').value;
  $('public-centre').addEventListener('change', loadGrid);
  $('public-date').addEventListener('change', loadGrid);
  $('free-form').addEventListener('submit', searchFree);
  await loadGrid();
  setInterval(loadGrid, REFRESH_MS);
}

if ($('public-grid')) start();
