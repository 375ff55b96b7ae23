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
  role.replaceChildren(...roles.filter((r) => isCity || !r.cityOnly)
    .map((r) => new Option(lang() === 'en' ? r.value : `${r.ja}（${r.value}）`, r.value)));
  if (chosenRole && [...role.options].some((o) => o.value === chosenRole)) role.value = chosenRole;
}

function showError(error) {
  const box = document.getElementById('signin-error');
  box.textContent = error instanceof ProblemError ? error.lines(lang()).join(' / ') : String(error);
  box.hidden = false;
}

async function start() {
  installLanguageToggle(fillSelects);
  try {
    tenants = (await api('tenants')).data;
    roles = (await api('demo/sign-in')).data.roles;
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) {
      document.getElementById('signin-disabled').hidden = false;
      return;
    }
    showError(error);
    return;
  }
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
