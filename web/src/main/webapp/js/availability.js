// The public availability page: no login, no bookers; the grid refreshes itself every few seconds.
import { api } from './api.js';
import { errorText } from './forms.js';
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
  if (error) box.textContent = errorText(error);
}

function minutes(time) {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

function hhmm(total) {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The free ranges of a space on the day: [["10:00", "12:00"], ["15:00", "21:00"]]. */
export function freeRanges(space) {
  if (!space.opens) return [];
  const step = space.slotMinutes;
  const taken = (space.taken || []).map((x) => minutes(x));
  const ranges = [];
  for (let m = minutes(space.opens); m < minutes(space.closes); m += step) {
    const busy = taken.some((t0) => m >= t0 && m < t0 + step);
    const last = ranges[ranges.length - 1];
    if (busy) continue;
    if (last && last[1] === m) last[1] = m + step; else ranges.push([m, m + step]);
  }
  return ranges.map(([from, to]) => [hhmm(from), hhmm(to)]);
}

/**
 * Draws spaces × time units; a cell is free (○), taken (×) or closed (blank), said in words to a screen reader too.
 * With {@code onFreeCell} a free cell is a button (Enter or Space books it). The same data is not drawn twice, and a
 * redraw keeps the focus on the cell it was on (the grid refreshes itself every few seconds). Shared by the staff page.
 */
export function drawGrid(table, spaces, { onFreeCell, labelOf } = {}) {
  const signature = JSON.stringify([lang(), spaces]);
  if (table.dataset.signature === signature) return;
  table.dataset.signature = signature;
  const focused = table.contains(document.activeElement) ? document.activeElement.closest('td') : null;
  const focusedAt = focused ? { space: focused.parentElement.dataset.space, time: focused.dataset.time } : null;
  const open = spaces.filter((s) => s.opens);
  const step = Math.min(...open.map((s) => s.slotMinutes), 60);
  const first = Math.min(...open.map((s) => minutes(s.opens)));
  const last = Math.max(...open.map((s) => minutes(s.closes)));
  const head = document.createElement('tr');
  head.append(Object.assign(document.createElement('th'), { textContent: t('public.space'), scope: 'col' }));
  const times = [];
  for (let m = first; m < last; m += step) times.push(m);
  times.forEach((m) => head.append(Object.assign(document.createElement('th'), { textContent: m % 60 === 0 ? hhmm(m) : '', scope: 'col' })));
  table.tHead.replaceChildren(open.length ? head : document.createElement('tr'));
  table.tBodies[0].replaceChildren(...spaces.map((s) => {
    const row = document.createElement('tr');
    row.dataset.space = s.spaceId;
    const name = labelOf ? labelOf(s) : s.name;
    row.append(Object.assign(document.createElement('th'), { textContent: name, scope: 'row' }));
    const taken = new Set((s.taken || []).map((x) => minutes(x)));
    times.forEach((m) => {
      const cell = document.createElement('td');
      cell.dataset.time = hhmm(m);
      const isOpen = s.opens && m >= minutes(s.opens) && m < minutes(s.closes);
      const unitTaken = [...taken].some((t0) => m >= t0 && m < t0 + s.slotMinutes);
      cell.className = !isOpen ? 'closed' : unitTaken ? 'taken' : 'free';
      const said = `${s.name} ${hhmm(m)} ${!isOpen ? t('public.closed') : unitTaken ? t('public.taken') : t('public.free')}`;
      cell.title = said;
      if (isOpen && !unitTaken && onFreeCell) {
        const book = Object.assign(document.createElement('button'), { type: 'button', className: 'slot', textContent: '○' });
        book.setAttribute('aria-label', `${said} — ${t('public.book')}`);
        book.addEventListener('click', () => onFreeCell(s, hhmm(m)));
        cell.append(book);
      } else if (isOpen) {
        cell.append(Object.assign(document.createElement('span'), { textContent: unitTaken ? '×' : '○', ariaHidden: 'true' }),
          Object.assign(document.createElement('span'), { className: 'sr-only', textContent: unitTaken ? t('public.taken') : t('public.free') }));
      }
      row.append(cell);
    });
    if (!s.opens) row.append(Object.assign(document.createElement('td'), { textContent: t('public.closed'), className: 'muted' }));
    return row;
  }));
  if (focusedAt) {
    const row = table.querySelector(`tr[data-space="${CSS.escape(focusedAt.space)}"]`);
    const again = row?.querySelector(`td[data-time="${focusedAt.time}"] button`) || row?.querySelector('td button');
    if (again) again.focus();
  }
}

/** On a phone: each room with its free times on the day, in words (the grid is for wide screens). */
export function drawFreeList(list, spaces, labelOf) {
  list.replaceChildren(...spaces.map((s) => {
    const item = document.createElement('li');
    const ranges = freeRanges(s);
    item.append(Object.assign(document.createElement('strong'), { textContent: labelOf ? labelOf(s) : s.name }), document.createElement('br'),
      Object.assign(document.createElement('span'), { textContent: !s.opens ? t('public.closed')
        : ranges.length ? `${t('public.free')}: ${ranges.map(([a, b]) => `${a}–${b}`).join('、')}` : t('public.full') }));
    return item;
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
    drawFreeList($('public-free'), data.spaces, labelOf);
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
