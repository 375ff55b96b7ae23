// Opening hours as a person sets them: each day of the week open or closed, from and to. The API keeps the compact
// form (MON=09:00-21:00;SAT=09:00-17:00), which no one has to type or read any more.
import { lang, t } from './i18n.js';

const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const NAMES = { ja: ['月', '火', '水', '木', '金', '土', '日'], en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] };

export function parseHours(text) {
  const days = {};
  for (const part of (text || '').split(';')) {
    const [day, span] = part.split('=');
    if (!span) continue;
    const [from, to] = span.split('-');
    days[day.trim()] = { from: from.trim(), to: to.trim() };
  }
  return days;
}

/** 月〜金 9:00–21:00、土 9:00–17:00 (days with the same hours run together). */
export function describeHours(text) {
  const days = parseHours(text);
  const names = NAMES[lang()];
  const groups = [];
  DAYS.forEach((day, i) => {
    const span = days[day];
    const key = span ? `${span.from}–${span.to}` : null;
    const last = groups[groups.length - 1];
    if (key && last && last.key === key && last.to === i - 1) last.to = i;
    else if (key) groups.push({ key, from: i, to: i });
  });
  if (!groups.length) return t('public.closed');
  const sep = lang() === 'en' ? ', ' : '、';
  return groups.map((g) => `${names[g.from]}${g.to > g.from ? (g.to - g.from > 1 ? '〜' : '・') + names[g.to] : ''} ${g.key}`).join(sep);
}

/** Draws the week in {@code box} (a fieldset) from {@code text}. */
export function drawHoursEditor(box, text) {
  const days = parseHours(text);
  const legend = box.querySelector('legend');
  const rows = DAYS.map((day, i) => {
    const span = days[day];
    const row = document.createElement('div');
    row.className = 'hours-day';
    row.dataset.day = day;
    const open = Object.assign(document.createElement('input'), { type: 'checkbox', id: `hours-${day}-open`, checked: !!span });
    const openLabel = Object.assign(document.createElement('label'), { className: 'tag' });
    openLabel.append(open, ` ${NAMES[lang()][i]}${lang() === 'en' ? '' : '曜'} ${t('bk.hoursOpen')}`);
    const time = (part, value) => {
      const input = Object.assign(document.createElement('input'), { type: 'time', step: 1800, id: `hours-${day}-${part}`, value });
      input.setAttribute('aria-label', `${NAMES[lang()][i]}${lang() === 'en' ? '' : '曜'} ${t(part === 'from' ? 'bk.start' : 'bk.end')}`);
      input.disabled = !span;
      return input;
    };
    const from = time('from', span ? span.from : '09:00');
    const to = time('to', span ? span.to : '21:00');
    open.addEventListener('change', () => { from.disabled = !open.checked; to.disabled = !open.checked; });
    row.append(openLabel, from, Object.assign(document.createElement('span'), { textContent: '–', ariaHidden: 'true' }), to);
    return row;
  });
  box.replaceChildren(legend, ...rows);
}

/** The week in {@code box} as the API's text. */
export function hoursOf(box) {
  return DAYS.filter((day) => box.querySelector(`#hours-${day}-open`).checked)
    .map((day) => `${day}=${box.querySelector(`#hours-${day}-from`).value}-${box.querySelector(`#hours-${day}-to`).value}`)
    .join(';');
}
