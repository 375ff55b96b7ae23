// A registration by the person's own link (in their confirmation mail): what, when, where, the receipt number,
// where they stand; cancel before the session begins; the survey once it has begun and they were present.
import { api, ProblemError } from './api.js';
import { installLanguageToggle, lang, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const token = new URLSearchParams(location.search).get('token') || '';
let shown = null;

function problem(id, error) {
  const box = $(id);
  box.textContent = (error instanceof ProblemError ? error.lines(lang()) : [String(error)]).join(' / ');
  box.hidden = false;
}

function day(iso) {
  const d = new Date(`${iso}T00:00:00`);
  return d.toLocaleDateString(lang() === 'en' ? 'en-GB' : 'ja-JP', { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' });
}

function render() {
  const r = shown;
  $('rg-card').hidden = false;
  $('rg-centre').textContent = r.centre;
  $('rg-programme').textContent = r.programme;
  $('rg-session').textContent = r.session;
  $('rg-when').textContent = `${day(r.date)} ${r.start.slice(0, 5)}〜${r.end.slice(0, 5)}`;
  const kind = t(`rg.${r.placeKind}`);
  $('rg-place').textContent = !r.placeNote ? kind : r.placeNote.includes(kind) ? r.placeNote : `${kind} ${r.placeNote}`;
  $('rg-receipt').textContent = r.receipt || '-';
  $('rg-status').textContent = r.status === 'WAITING' ? t('rg.WAITING', r.waitingPosition) : t(`rg.${r.status}`);
  $('rg-status').dataset.status = r.status;
  $('rg-cancel').hidden = !r.canCancel;
  $('rg-survey').hidden = !r.surveyOpen;
  $('rg-survey').href = `survey.html?token=${encodeURIComponent(token)}`;
}

async function cancel() {
  if (!window.confirm(t('rg.confirm'))) return;
  $('rg-cancel').disabled = true;
  try {
    shown = (await api(`public/registrations/${encodeURIComponent(token)}/cancel`, { method: 'POST' })).data;
    $('rg-error').hidden = true;
    $('rg-done').hidden = false;
    render();
    $('rg-done').focus?.();
  } catch (error) {
    problem('rg-error', error);
  } finally {
    $('rg-cancel').disabled = false;
  }
}

async function start() {
  installLanguageToggle(() => shown && render());
  $('rg-cancel').addEventListener('click', cancel);
  try {
    shown = (await api(`public/registrations/${encodeURIComponent(token)}`)).data;
    render();
  } catch (error) {
    problem('page-error', error);
  } finally {
    document.querySelector('main').dataset.loaded = 'true'; // drawn: what there is to show is shown
  }
}

start();
