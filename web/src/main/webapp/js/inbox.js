// 受信箱: the portal's first page for a centre's people. What waits for me and for my centre, computed by the
// server from the records (GET /inbox); each item says why and since when, and opens its record.
import { api } from './api.js';
import { formatDate, lang, t } from './i18n.js';

let h;

function $(id) { return document.getElementById(id); }

let mailChoiceLoaded = false;

export async function loadInbox() {
  if (!mailChoiceLoaded && !$('mail-settings').hidden) {
    mailChoiceLoaded = true;
    loadMailChoice();
    feedAction('GET');
  }
  const table = $('inbox-list');
  table.dataset.loaded = 'false';
  try {
    const { data } = await api('inbox');
    const mineOnly = $('inbox-mine').checked;
    $('inbox-counts').replaceChildren(...data.counts.map((c) => Object.assign(document.createElement('li'), {
      textContent: t('inbox.count', t(`inbox.kind.${c.kind}`), c.mine, c.centre) })));
    $('inbox-counts').hidden = data.counts.length === 0;
    const items = data.items.filter((i) => !mineOnly || i.mine);
    const rows = items.map((i) => {
      const tr = document.createElement('tr');
      tr.dataset.kind = i.kind;
      tr.dataset.id = i.recordId;
      const open = Object.assign(document.createElement('button'), { type: 'button', className: 'link',
        textContent: i.title || t(`inbox.kind.${i.kind}`) });
      open.addEventListener('click', () => h.openRecord(i.page, i.recordId));
      const title = document.createElement('td');
      title.append(open);
      tr.append(h.cell(t(`inbox.kind.${i.kind}`)), title, h.cell(lang() === 'en' ? i.reason.en : i.reason.ja),
        h.cell(i.since ? formatDate(i.since) : ''), h.cell(t(i.mine ? 'inbox.mine' : 'inbox.centre')));
      return tr;
    });
    if (rows.length === 0) {
      const empty = document.createElement('tr');
      empty.append(Object.assign(h.cell(t('inbox.empty'), 'muted'), { colSpan: 5 }));
      rows.push(empty);
    }
    table.tBodies[0].replaceChildren(...rows);
    table.dataset.loaded = 'true';
    h.pageError(null);
  } catch (error) {
    h.pageError(error);
  }
}

async function loadMailChoice() {
  try {
    const { data } = await api('me/notifications');
    $('mail-address').textContent = data.email || t('mail.noAddress');
    $('mail-delivery').value = data.delivery;
    $('mail-language').value = data.language;
  } catch (error) {
    h.pageError(error);
  }
}

function showFeed(feed) {
  $('feed-state').textContent = t(feed.exists ? 'feed.exists' : 'feed.none');
  $('feed-renew').textContent = t(feed.exists ? 'feed.remake' : 'feed.renew');
  $('feed-end').hidden = !feed.exists;
  $('feed-url').hidden = !feed.url;
  $('feed-url').value = feed.url || '';
  if (feed.url) $('feed-url').select();
}

async function feedAction(method) {
  try {
    showFeed((await api('me/calendar-feed', { method })).data);
  } catch (error) {
    h.pageError(error);
  }
}

async function saveMailChoice(event) {
  event.preventDefault();
  $('mail-saved').textContent = '';
  try {
    await api('me/notifications', { method: 'PUT', body: { delivery: $('mail-delivery').value, language: $('mail-language').value } });
    $('mail-saved').textContent = t('mail.saved');
  } catch (error) {
    h.pageError(error);
  }
}

export function initInbox(helpers) {
  h = helpers;
  $('mail-choice').addEventListener('submit', saveMailChoice);
  $('feed-renew').addEventListener('click', () => feedAction('POST'));
  $('feed-end').addEventListener('click', () => feedAction('DELETE'));
  $('inbox-mine').addEventListener('change', () => loadInbox());
  $('inbox-refresh').addEventListener('click', () => loadInbox());
}
