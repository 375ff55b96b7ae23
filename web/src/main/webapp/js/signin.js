import { api, ProblemError } from './api.js';
import { installLanguageToggle, lang, t } from './i18n.js';

let tenants = [];
let roles = [];

function fillSelects() {
  const centre = document.getElementById('centre');
  const role = document.getElementById('role');
  const chosenCentre = centre.value;
  const chosenRole = role.value;
  centre.replaceChildren(...tenants.map((c) => new Option(lang() === 'en' ? c.displayNameEn : c.displayNameJa, c.id)));
  if (chosenCentre) centre.value = chosenCentre;
  const isCity = tenants.find((c) => c.id === centre.value)?.kind === 'CITY_CENTRE';
  role.replaceChildren(...roles.filter((r) => (isCity || !r.cityOnly) && !(isCity && r.wardOnly))
    .map((r) => new Option(lang() === 'en' ? r.value : `${r.ja}（${r.value}）`, r.value)));
  if (chosenRole && [...role.options].some((o) => o.value === chosenRole)) role.value = chosenRole;
}

function showError(error) {
  const box = document.getElementById('signin-error');
  box.textContent = error instanceof ProblemError ? error.lines(lang()).join(' / ') : String(error);
  box.hidden = false;
}

/** What the provider's round trip or the sign-out left in the address: said once, then taken out of it. */
function showOutcome() {
  const params = new URLSearchParams(location.search);
  const box = document.getElementById('signin-outcome');
  const failed = params.get('signin');
  if (failed && ['cancelled', 'expired', 'unavailable', 'no-centre'].includes(failed)) {
    box.dataset.i18n = `signin.failed.${failed}`;
    box.className = 'error';
    box.setAttribute('role', 'alert');
  } else if (params.has('signed-out')) {
    box.dataset.i18n = 'signin.signedOut';
    box.className = 'notice';
    box.setAttribute('role', 'status');
  } else {
    return;
  }
  box.textContent = t(box.dataset.i18n);
  box.hidden = false;
  history.replaceState(null, '', location.pathname);
}

async function start() {
  installLanguageToggle(fillSelects);
  showOutcome();
  let options;
  try {
    options = (await api('session')).data;
    tenants = (await api('tenants')).data;
    if (options.demoSignIn) roles = (await api('demo/sign-in')).data.roles;
  } catch (error) {
    showError(error);
    return;
  }
  document.getElementById('idp-sign-in-box').hidden = !options.identityProvider;
  document.getElementById('demo-sign-in-box').hidden = !options.demoSignIn;
  if (!options.identityProvider && !options.demoSignIn) {
    document.getElementById('signin-disabled').hidden = false;
    return;
  }
  document.title = `${t('brand')} | ${t('signin.title')}`;
  if (!options.demoSignIn) return;
  const form = document.getElementById('signin-form');
  form.hidden = false;
  fillSelects();
  document.getElementById('centre').addEventListener('change', fillSelects);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const { data } = await api('demo/sign-in', {
        method: 'POST', body: { tenant: document.getElementById('centre').value, role: document.getElementById('role').value },
      });
      sessionStorage.setItem('kyodo.token', data.token);
      location.href = 'portal.html';
    } catch (error) {
      showError(error);
    }
  });
  document.title = `${t('brand')} | ${t('signin.title')}`;
}

start();
