// Every centre's upcoming public sessions on one list (GET /public/events), filtered by centre, kind, place and
// dates; the filters live in the address, so a filtered list can be bookmarked and shared.
import { api, ProblemError } from './api.js';
import { applyTexts, installLanguageToggle, label, lang, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const FILTERS = { centre: 'ev-centre', kind: 'ev-kind', place: 'ev-place', from: 'ev-from', to: 'ev-to' };
let vocabulary;
let listing;

function day(iso) {
  const d = new Date(`${iso}T00:00:00`);
  return d.toLocaleDateString(lang() === 'en' ? 'en-GB' : 'ja-JP', { month: 'long', day: 'numeric', weekday: 'short' });
}

function item(kind, value) {
  return vocabulary[kind].find((x) => x.value === value);
}

/** The place: its kind, and the note unless the note already says it (オンライン（Zoom）). */
function place(e) {
  const kind = label(item('placeKind', e.placeKind));
  if (!e.placeNote) return kind;
  return e.placeNote.includes(kind) ? e.placeNote : `${kind} ${e.placeNote}`;
}

function render() {
  const list = $('ev-list');
  const cards = listing.events.map((e) => {
    const li = document.createElement('li');
    li.className = 'event';
    li.dataset.centre = e.centre;
    const when = Object.assign(document.createElement('p'), { className: 'when',
      textContent: `${day(e.date)} ${e.start.slice(0, 5)}〜${e.end.slice(0, 5)}` });
    const title = document.createElement('h2');
    const link = Object.assign(document.createElement('a'), { textContent: e.programme,
      href: `programme.html?centre=${encodeURIComponent(e.centre)}&id=${encodeURIComponent(e.programmeId)}` });
    title.append(link);
    const meta = Object.assign(document.createElement('p'), { className: 'muted',
      textContent: [e.session, lang() === 'en' ? e.centreNameEn : e.centreName, label(item('kind', e.kind)),
        place(e)].filter(Boolean).join(' · ') });
    const places = Object.assign(document.createElement('p'), { className: 'places',
      textContent: !e.open ? t('pp.closed') : e.placesLeft > 0 ? t('pp.left', e.placesLeft) : t('evt.full') });
    li.append(when, title, meta, places);
    return li;
  });
  if (cards.length === 0) cards.push(Object.assign(document.createElement('li'), { className: 'muted', textContent: t('evt.none') }));
  list.replaceChildren(...cards);
  list.dataset.loaded = 'true';
  $('ev-count').textContent = t('evt.count', listing.events.length, listing.more);
  const centre = $('ev-centre').value;
  $('ev-feed').hidden = !centre;
  $('ev-feed-link').href = centre ? `api/v1/public/centres/${encodeURIComponent(centre)}/events.ics` : '#';
}

async function load() {
  const params = new URLSearchParams();
  for (const [name, id] of Object.entries(FILTERS)) if ($(id).value) params.set(name, $(id).value);
  history.replaceState(null, '', params.toString() ? `events.html?${params}` : 'events.html');
  $('ev-list').dataset.loaded = 'false';
  try {
    listing = (await api(`public/events?${params}`)).data;
    $('page-error').hidden = true;
    render();
  } catch (error) {
    $('page-error').textContent = (error instanceof ProblemError ? error.lines(lang()) : [String(error)]).join(' / ');
    $('page-error').hidden = false;
  }
}

async function start() {
  installLanguageToggle(() => { fillChoices(); if (listing) render(); });
  try {
    vocabulary = (await api('programme-vocabulary')).data;
    const centres = (await api('tenants')).data;
    $('ev-centre').append(...centres.map((c) => {
      const option = new Option(c.displayNameJa, c.id);
      option.dataset.ja = c.displayNameJa;
      option.dataset.en = c.displayNameEn;
      return option;
    }));
    fillChoices();
    const query = new URLSearchParams(location.search);
    for (const [name, id] of Object.entries(FILTERS)) if (query.get(name)) $(id).value = query.get(name);
    for (const id of Object.values(FILTERS)) $(id).addEventListener('change', load);
    $('ev-filters').addEventListener('submit', (event) => { event.preventDefault(); load(); });
    await load();
  } catch (error) {
    $('page-error').textContent = String(error);
    $('page-error').hidden = false;
  }
}

function fillChoices() {
  const kind = $('ev-kind');
  const chosen = kind.value;
  kind.replaceChildren(new Option(t('evt.all'), ''), ...vocabulary.kind.map((k) => new Option(label(k), k.value)));
  kind.value = chosen;
  for (const option of $('ev-centre').options) {
    if (option.value) option.textContent = lang() === 'en' ? option.dataset.en : option.dataset.ja;
  }
  applyTexts();
}

start();
