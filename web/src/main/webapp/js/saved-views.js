// Saved views of a list (GET/POST/DELETE /me/views): a person names the filters and order the page's address holds
// (#consultations?status=IN_PROGRESS&sort=nextActionOn) and opens them again from a list of their own views.
import { api } from './api.js';
import { clearErrors, showErrors } from './forms.js';
import { hashQuery, hashPage } from './lists.js';
import { t } from './i18n.js';

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Draws the saved views of {@code page} into {@code host} (an element of the page's filter bar). */
export async function savedViews(host, page) {
  const prefix = `sv-${page}`;
  const choose = el('select', { id: `${prefix}-choose` });
  const name = el('input', { id: `${prefix}-name`, type: 'text', maxLength: 100, autocomplete: 'off' });
  name.dataset.field = 'name';
  const save = el('button', { type: 'button', textContent: t('views.save') });
  const remove = el('button', { type: 'button', className: 'link', textContent: t('views.remove'), hidden: true });
  const errors = el('ul', { className: 'error', hidden: true, id: `${prefix}-errors` });
  let views = [];
  const draw = async () => {
    try {
      views = (await api(`me/views?page=${page}`)).data;
    } catch (error) {
      views = [];
    }
    const current = hashQuery().toString();
    choose.replaceChildren(el('option', { value: '', textContent: t('views.none') }),
      ...views.map((v) => el('option', { value: v.id, textContent: v.name, selected: v.query === current })));
    remove.hidden = !choose.value;
  };
  choose.addEventListener('change', () => {
    const view = views.find((v) => v.id === choose.value);
    remove.hidden = !view;
    if (view) location.hash = `#${page}${view.query ? `?${view.query}` : ''}`;
  });
  save.addEventListener('click', async () => {
    clearErrors(errors);
    try {
      await api('me/views', { method: 'POST', body: { page, name: name.value, query: hashPage() === page ? hashQuery().toString() : '' } });
      name.value = '';
      await draw();
    } catch (error) {
      showErrors(errors, error);
    }
  });
  remove.addEventListener('click', async () => {
    const view = views.find((v) => v.id === choose.value);
    if (!view || !window.confirm(t('views.confirmRemove', view.name))) return;
    try {
      await api(`me/views/${view.id}`, { method: 'DELETE' });
      await draw();
    } catch (error) {
      showErrors(errors, error);
    }
  });
  host.replaceChildren(
    el('label', {}, el('span', { textContent: t('views.saved') }), choose), remove,
    el('label', {}, el('span', { textContent: t('views.name') }), name), save, errors);
  await draw();
  return draw;
}
