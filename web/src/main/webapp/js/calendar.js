// カレンダー: the centre's month (sessions, network meetings, deadlines, bookings per day) and the week of its rooms and
// equipment (bookings per room and day, free slots from the availability the day grid uses; a day with free slots
// opens that day's grid, where a free slot is booked as usual). Entries open their records.
import { api } from './api.js';
import { lang, t } from './i18n.js';

let h;
let anchor = null;

function $(id) { return document.getElementById(id); }

function iso(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function parse(text) {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function addDays(d, n) {
  const next = new Date(d);
  next.setDate(next.getDate() + n);
  return next;
}

/** Monday of the week of {@code d}. */
function monday(d) {
  return addDays(d, -((d.getDay() + 6) % 7));
}

function weekday(d) {
  return d.toLocaleDateString(lang() === 'en' ? 'en-GB' : 'ja-JP', { weekday: 'short' });
}

/** 12/3（木）: a day as a phone's list shows it. */
function label(d) {
  return `${d.getMonth() + 1}/${d.getDate()}（${weekday(d)}）`;
}

function range() {
  if ($('cal-view').value === 'week') {
    const from = monday(anchor);
    return [from, addDays(from, 6)];
  }
  const first = new Date(anchor.getFullYear(), anchor.getMonth(), 1);
  const from = monday(first);
  const last = new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0);
  return [from, addDays(monday(last), 6)];
}

function entryButton(e) {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: `link cal-entry cal-${e.type}` });
  const time = e.start ? `${e.start.slice(0, 5)} ` : '';
  button.textContent = `${time}${e.title}`;
  button.title = `${t(`cal.${e.type}`)}: ${button.textContent}`;
  button.dataset.type = e.type;
  button.dataset.id = e.recordId;
  button.addEventListener('click', () => open(e));
  return button;
}

async function open(e) {
  if (e.type === 'BOOKING') {
    h.showDay(e.date);
    return;
  }
  await h.openRecord(e.page, e.recordId);
}

function head(days) {
  const row = document.createElement('tr');
  if ($('cal-view').value === 'week') row.append(Object.assign(document.createElement('th'), { textContent: t('cal.space'), scope: 'col' }));
  days.forEach((d) => row.append(Object.assign(document.createElement('th'), { scope: 'col',
    textContent: $('cal-view').value === 'week' ? `${d.getMonth() + 1}/${d.getDate()}（${weekday(d)}）` : weekday(d) })));
  return row;
}

function month(entries, from, to) {
  const table = $('cal-grid');
  table.tHead.replaceChildren(head([0, 1, 2, 3, 4, 5, 6].map((n) => addDays(from, n))));
  const byDay = new Map();
  entries.forEach((e) => byDay.set(e.date, [...(byDay.get(e.date) || []), e]));
  const rows = [];
  for (let week = from; week <= to; week = addDays(week, 7)) {
    const row = document.createElement('tr');
    for (let n = 0; n < 7; n++) {
      const day = addDays(week, n);
      const key = iso(day);
      const cell = document.createElement('td');
      cell.dataset.date = key;
      cell.dataset.label = label(day);
      if (day.getMonth() !== anchor.getMonth()) cell.classList.add('other-month');
      if (key === h.today()) cell.classList.add('today');
      cell.append(Object.assign(document.createElement('div'), { className: 'cal-day', textContent: String(day.getDate()) }));
      const list = byDay.get(key) || [];
      list.filter((e) => e.type !== 'BOOKING').forEach((e) => cell.append(entryButton(e)));
      const bookings = list.filter((e) => e.type === 'BOOKING');
      if (bookings.length) {
        const b = Object.assign(document.createElement('button'), { type: 'button', className: 'link cal-entry cal-BOOKING',
          textContent: t('cal.bookings', bookings.length) });
        b.dataset.type = 'BOOKING';
        b.addEventListener('click', () => h.showDay(key));
        cell.append(b);
      }
      row.append(cell);
    }
    rows.push(row);
  }
  table.tBodies[0].replaceChildren(...rows);
}

async function week(entries, from) {
  const days = [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(from, n));
  const table = $('cal-grid');
  table.tHead.replaceChildren(head(days));
  const availability = await Promise.all(days.map((d) => api(`public/availability?centre=${h.centre()}&date=${iso(d)}`)));
  const spaces = availability[0].data.spaces;
  table.tBodies[0].replaceChildren(...spaces.map((space) => {
    const row = document.createElement('tr');
    row.dataset.space = space.spaceId;
    row.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: space.name }));
    days.forEach((d, n) => {
      const key = iso(d);
      const cell = document.createElement('td');
      cell.dataset.date = key;
      cell.dataset.label = label(d);
      if (key === h.today()) cell.classList.add('today');
      entries.filter((e) => e.type === 'BOOKING' && e.date === key && e.spaceId === space.spaceId)
        .forEach((e) => cell.append(entryButton({ ...e, title: `${e.end ? `–${e.end.slice(0, 5)} ` : ''}${e.title}` })));
      const day = availability[n].data.spaces.find((s) => s.spaceId === space.spaceId);
      const free = freeSlots(day);
      if (!day || !day.opens) {
        cell.append(Object.assign(document.createElement('span'), { className: 'muted small', textContent: t('cal.closed') }));
      } else if (free > 0 && key >= h.today()) {
        const book = Object.assign(document.createElement('button'), { type: 'button', className: 'cal-free',
          textContent: t('cal.free', free) });
        book.addEventListener('click', () => h.showDay(key, space.spaceId));
        cell.append(book);
      } else if (free === 0) {
        cell.append(Object.assign(document.createElement('span'), { className: 'muted small', textContent: t('cal.full') }));
      }
      row.append(cell);
    });
    return row;
  }));
}

/** The free slots of a space's day, as the day grid counts them. */
function freeSlots(day) {
  if (!day || !day.opens) return 0;
  const minutes = (text) => { const [hh, mm] = text.split(':').map(Number); return hh * 60 + mm; };
  const taken = new Set((day.taken || []).map(minutes));
  let free = 0;
  for (let m = minutes(day.opens); m < minutes(day.closes); m += day.slotMinutes) if (!taken.has(m)) free++;
  return free;
}

export async function loadCalendar() {
  if (!anchor) anchor = parse(h.today());
  const table = $('cal-grid');
  table.dataset.loaded = 'false';
  const [from, to] = range();
  $('cal-range').textContent = $('cal-view').value === 'week'
    ? `${iso(from)} 〜 ${iso(to)}`
    : anchor.toLocaleDateString(lang() === 'en' ? 'en-GB' : 'ja-JP', { year: 'numeric', month: 'long' });
  table.classList.toggle('week', $('cal-view').value === 'week');
  try {
    const { data } = await api(`calendar?from=${iso(from)}&to=${iso(to)}`);
    if ($('cal-view').value === 'week') await week(data, from);
    else month(data, from, to);
    table.dataset.loaded = 'true';
    h.pageError(null);
  } catch (error) {
    h.pageError(error);
  }
}

function move(step) {
  if ($('cal-view').value === 'week') anchor = addDays(anchor, 7 * step);
  else anchor = new Date(anchor.getFullYear(), anchor.getMonth() + step, 1);
  loadCalendar();
}

export function initCalendar(helpers) {
  h = helpers;
  $('cal-view').addEventListener('change', loadCalendar);
  $('cal-prev').addEventListener('click', () => move(-1));
  $('cal-next').addEventListener('click', () => move(1));
  $('cal-today').addEventListener('click', () => { anchor = parse(h.today()); loadCalendar(); });
}
