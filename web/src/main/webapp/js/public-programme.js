// A programme's public page: what, when, places left; registration without an account.
import { api, ProblemError } from './api.js';
import { formatDate, installLanguageToggle, label, lang, t } from './i18n.js';
import { clearErrors, showErrors } from './forms.js';
import { labelCells } from './lists.js';

const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);
let vocabulary;
let programme;

function item(kind, v) {
  return vocabulary[kind].find((x) => x.value === v);
}

function render() {
  const p = programme;
  $('pp-programme').hidden = false;
  $('pp-name').textContent = p.name;
  $('pp-meta').textContent = [label(item('kind', p.kind)), p.audience, p.coOrganisers].filter(Boolean).join(' · ');
  $('pp-description').textContent = p.description || '';
  const cell = (text) => Object.assign(document.createElement('td'), { textContent: text ?? '' });
  $('pp-sessions').tBodies[0].replaceChildren(...p.sessions.map((s) => {
    const row = document.createElement('tr');
    row.dataset.id = s.id;
    row.append(cell(s.title), cell(formatDate(s.date)), cell(`${s.start.slice(0, 5)}–${s.end.slice(0, 5)}`),
      cell(label(item('placeKind', s.placeKind)) + (s.placeNote ? ` ${s.placeNote}` : '')), cell(s.lecturer || '—'),
      cell(s.placesLeft > 0 ? t('pp.left', s.placesLeft) : t('pp.full', s.waiting)));
    return row;
  }));
  labelCells($('pp-sessions'));
  $('pp-session').replaceChildren(...p.sessions.map((s) => new Option(`${s.title}（${formatDate(s.date)} ${s.start.slice(0, 5)}）`, s.id)));
  $('pp-apply').hidden = !p.open;
  $('pp-closed').hidden = p.open;
}

async function load() {
  programme = (await api(`public/programmes/${encodeURIComponent(query.get('centre'))}/${encodeURIComponent(query.get('id'))}`)).data;
  render();
}

async function apply(event) {
  event.preventDefault();
  const body = { name: $('pp-name-input').value.trim() || null, contact: $('pp-contact').value.trim() || null,
    organisation: $('pp-organisation').value.trim() || null, participantBaseConsent: $('pp-consent').checked };
  $('pp-submit').disabled = true;
  try {
    const { data } = await api(`public/programmes/${query.get('centre')}/${query.get('id')}/sessions/${$('pp-session').value}/registrations`,
      { method: 'POST', body });
    clearErrors('pp-errors');
    $('pp-form').hidden = true;
    const receipt = $('pp-receipt');
    receipt.hidden = false;
    receipt.dataset.status = data.status;
    const survey = new URL(`survey.html?token=${encodeURIComponent(data.surveyToken)}`, document.baseURI).toString();
    receipt.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: data.status === 'REGISTERED' ? t('pp.registered') : t('pp.waiting', data.waitingPosition) }),
      Object.assign(document.createElement('p'), { id: 'pp-receipt-no', textContent: t('pp.receiptNo', data.receipt) }),
      Object.assign(document.createElement('a'), { id: 'pp-own-link', textContent: t('pp.ownPage'),
        href: new URL(`registration.html?token=${encodeURIComponent(data.surveyToken)}`, document.baseURI).toString() }),
      Object.assign(document.createElement('p'), { textContent: t('pp.surveyLater') }),
      Object.assign(document.createElement('a'), { id: 'pp-survey-link', href: survey, textContent: survey }),
      Object.assign(document.createElement('img'), { id: 'pp-survey-qr', alt: 'QR', width: 160, height: 160,
        src: new URL(`api/v1/public/surveys/${encodeURIComponent(data.surveyToken)}/qr`, document.baseURI).toString() }));
    await load();
  } catch (error) {
    showErrors('pp-errors', error);
  } finally {
    $('pp-submit').disabled = false;
  }
}

async function start() {
  try {
    vocabulary = (await api('programme-vocabulary')).data;
    const centres = (await api('tenants')).data;
    const centre = centres.find((c) => c.id === query.get('centre'));
    installLanguageToggle(() => { $('pp-centre').textContent = centre ? (lang() === 'en' ? centre.displayNameEn : centre.displayNameJa) : ''; if (programme) render(); });
    $('pp-centre').textContent = centre ? (lang() === 'en' ? centre.displayNameEn : centre.displayNameJa) : '';
    $('pp-form').addEventListener('submit', apply);
    await load();
  } catch (error) {
    const box = $('page-error');
    box.hidden = false;
    box.textContent = error instanceof ProblemError ? error.lines(lang()).join(' / ') : String(error);
  } finally {
    document.querySelector('main').dataset.loaded = 'true'; // drawn: what there is to show is shown
  }
}

start();
