// The survey behind a registration's link: answered once, without an account.
import { api, ProblemError } from './api.js';
import { installLanguageToggle, lang } from './i18n.js';

const $ = (id) => document.getElementById(id);
const token = new URLSearchParams(location.search).get('token') || '';

function showError(id, error) {
  const box = $(id);
  const lines = error instanceof ProblemError ? error.lines(lang()) : [String(error)];
  if (box.tagName === 'UL') {
    box.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  } else {
    box.textContent = lines.join(' / ');
  }
  box.hidden = false;
}

async function submit(event) {
  event.preventDefault();
  const body = { satisfaction: Number($('sv-satisfaction').value), understandingImproved: $('sv-understanding').checked,
    motivationImproved: $('sv-motivation').checked, comment: $('sv-comment').value.trim() || null };
  $('sv-submit').disabled = true;
  try {
    await api(`public/surveys/${encodeURIComponent(token)}`, { method: 'POST', body });
    $('sv-form').hidden = true;
    $('sv-thanks').hidden = false;
  } catch (error) {
    showError('sv-errors', error);
  } finally {
    $('sv-submit').disabled = false;
  }
}

async function start() {
  installLanguageToggle();
  try {
    const { data } = await api(`public/surveys/${encodeURIComponent(token)}`);
    $('sv-card').hidden = false;
    $('sv-programme').textContent = data.programme;
    $('sv-session').textContent = `${data.session}（${data.date}）`;
    $('sv-form').addEventListener('submit', submit);
  } catch (error) {
    showError('page-error', error);
  }
}

start();
