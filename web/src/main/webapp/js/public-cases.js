// The public case library: cases the centres published to the public, without signing in.
import { api, ProblemError } from './api.js';
import { installLanguageToggle, lang, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const cell = (text) => Object.assign(document.createElement('td'), { textContent: text ?? '' });

function error(e) {
  $('page-error').textContent = e instanceof ProblemError ? e.lines(lang()).join(' / ') : String(e);
  $('page-error').hidden = false;
}

async function open(id) {
  try {
    const { data: c } = await api(`public/cases/${id}`);
    $('pc-detail').hidden = false;
    $('pc-title').textContent = c.summary.title;
    const pairs = [['hq.centre', c.summary.centreName], ['nw.theme', c.summary.theme], ['nw.ward', c.summary.ward],
      ['nw.whatWasDone', c.whatWasDone], ['nw.whatWorked', c.whatWorked], ['nw.whatWasHard', c.whatWasHard], ['nw.contacts', c.contacts]];
    $('pc-fields').replaceChildren(...pairs.filter(([, v]) => v).flatMap(([k, v]) => [
      Object.assign(document.createElement('dt'), { textContent: t(k) }), Object.assign(document.createElement('dd'), { textContent: v })]));
  } catch (e) {
    error(e);
  }
}

async function load() {
  const q = $('pc-q').value.trim();
  try {
    const { data } = await api(`public/cases${q ? `?q=${encodeURIComponent(q)}` : ''}`);
    $('pc-list').tBodies[0].replaceChildren(...data.map((c) => {
      const row = document.createElement('tr');
      row.dataset.id = c.id;
      row.tabIndex = 0;
      row.append(cell(c.title), cell(c.theme), cell(c.ward), cell(c.centreName));
      row.addEventListener('click', () => open(c.id));
      return row;
    }));
    $('pc-list').dataset.loaded = 'true';
  } catch (e) {
    error(e);
  }
}

installLanguageToggle(load);
$('pc-q').addEventListener('change', load);
load();
