// The survey behind a registration's link: answered once, without an account.
import { api } from './api.js';
import { formatDate, installLanguageToggle } from './i18n.js';
import { errorText, showErrors } from './forms.js';

const $ = (id) => document.getElementById(id);
const token = new URLSearchParams(location.search).get('token') || '';

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
    showErrors('sv-errors', error);
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
    $('sv-session').textContent = `${data.session}（${formatDate(data.date)}）`;
    $('sv-form').addEventListener('submit', submit);
  } catch (error) {
    $('page-error').textContent = errorText(error);
    $('page-error').hidden = false;
  } finally {
    document.querySelector('main').dataset.loaded = 'true'; // drawn: what there is to show is shown
  }
}

start();
