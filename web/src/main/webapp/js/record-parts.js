// The files and comments of a record (a consultation, an organisation, a proposal, a contract, a network case), shown
// under its detail: files listed with who added them and when, downloaded, added from the person's computer (the
// server finds the type in the content and holds the limits), removed by the person who added them or a manager;
// comments in order, each naming the colleagues it tells (chosen from the centre's directory, as checkboxes).
import { api, download } from './api.js';
import { clearErrors, showErrors } from './forms.js';
import { formatDateTime, t } from './i18n.js';

let staff = null; // the centre's active people, read once per page

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function size(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/**
 * Draws the files (and, with {@code comments}, the comments) of the record {@code base}/{@code id} into {@code host}
 * (an element of the detail view); {@code prefix} keeps the ids of the controls unique on the page.
 */
export async function showRecordParts(host, base, id, { comments = true, prefix = 'rp' } = {}) {
  host.dataset.loaded = 'false';
  host.dataset.record = id;
  const files = el('section', { className: 'record-files' });
  const talk = el('section', { className: 'record-comments' });
  host.replaceChildren(files, ...(comments ? [talk] : []));
  await Promise.all([drawFiles(files, base, id, prefix), comments ? drawComments(talk, base, id, prefix) : null]);
  if (host.dataset.record === id) host.dataset.loaded = 'true';
}

async function drawFiles(box, base, id, prefix) {
  const { data } = await api(`${base}/${id}/attachments`);
  const heading = el('h3', { id: `${prefix}-files-title`, textContent: t('parts.files') });
  const limits = el('p', { className: 'muted small', textContent: data.centreLimitBytes
    ? t('parts.limits', size(data.fileLimitBytes), size(data.centreUsedBytes), size(data.centreLimitBytes))
    : t('parts.readOnly') });
  const list = el('ul', { className: 'plain file-list' });
  list.setAttribute('aria-labelledby', heading.id);
  for (const f of data.files) {
    const open = el('button', { type: 'button', className: 'link', textContent: f.fileName });
    open.setAttribute('aria-label', t('parts.download', f.fileName));
    open.addEventListener('click', () => download(`${base}/${id}/attachments/${f.id}`, f.fileName)
      .catch((error) => showErrors(errors, error)));
    const item = el('li', {}, open, el('span', { className: 'muted small',
      textContent: ` ${size(f.sizeBytes)} · ${f.uploader} · ${formatDateTime(f.uploadedAt)}` }));
    if (f.removable) {
      const remove = el('button', { type: 'button', className: 'link danger', textContent: t('parts.remove') });
      remove.setAttribute('aria-label', t('parts.removeFile', f.fileName));
      remove.addEventListener('click', async () => {
        if (!window.confirm(t('parts.confirmRemove', f.fileName))) return;
        try {
          await api(`${base}/${id}/attachments/${f.id}`, { method: 'DELETE' });
          await drawFiles(box, base, id, prefix);
          box.querySelector('h3').focus();
        } catch (error) {
          showErrors(errors, error);
        }
      });
      item.append(' ', remove);
    }
    list.append(item);
  }
  if (data.files.length === 0) list.append(el('li', { className: 'muted', textContent: t('parts.noFiles') }));
  const errors = el('ul', { className: 'error', hidden: true, id: `${prefix}-file-errors` });
  const parts = [heading, limits, list];
  if (data.writable) {
    const input = el('input', { type: 'file', id: `${prefix}-file`, required: true });
    input.dataset.field = 'file';
    input.setAttribute('aria-describedby', `${prefix}-file-hint`);
    const chosen = el('label', { htmlFor: input.id, textContent: t('parts.file') });
    const hint = el('p', { className: 'muted small', id: `${prefix}-file-hint`, textContent: t('parts.kinds') });
    const send = el('button', { type: 'submit', className: 'primary', textContent: t('parts.attach') });
    const form = el('form', { className: 'file-form', noValidate: true },
      el('div', { className: 'field' }, chosen, input), hint, errors, send);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(errors);
      const file = input.files[0];
      if (!file) {
        showErrors(errors, new Error(t('parts.noneChosen')));
        input.focus();
        return;
      }
      send.disabled = true;
      send.textContent = t('parts.sending');
      try {
        await api(`${base}/${id}/attachments?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file });
        await drawFiles(box, base, id, prefix);
        box.querySelector(`#${CSS.escape(prefix)}-file`)?.focus();
      } catch (error) {
        send.disabled = false;
        send.textContent = t('parts.attach');
        showErrors(errors, error);
      }
    });
    parts.push(form);
  } else {
    parts.push(errors);
  }
  heading.tabIndex = -1;
  box.replaceChildren(...parts);
}

async function drawComments(box, base, id, prefix) {
  const [{ data }, people] = await Promise.all([api(`${base}/${id}/comments`), colleagues()]);
  const heading = el('h3', { id: `${prefix}-comments-title`, textContent: t('parts.comments'), tabIndex: -1 });
  const list = el('ol', { className: 'plain comment-list' });
  list.setAttribute('aria-labelledby', heading.id);
  const errors = el('ul', { className: 'error', hidden: true, id: `${prefix}-comment-errors` });
  for (const c of data) {
    const head = el('div', { className: 'muted small', textContent: `${c.authorName} · ${formatDateTime(c.createdAt)}`
      + (c.mentions.length ? ` · ${t('parts.told', c.mentions.join('、'))}` : '') });
    const item = el('li', {}, head, el('p', { className: 'comment-body', textContent: c.body }));
    if (c.mine) {
      const remove = el('button', { type: 'button', className: 'link danger', textContent: t('parts.remove') });
      remove.setAttribute('aria-label', t('parts.removeComment'));
      remove.addEventListener('click', async () => {
        if (!window.confirm(t('parts.confirmRemoveComment'))) return;
        try {
          await api(`${base}/${id}/comments/${c.id}`, { method: 'DELETE' });
          await drawComments(box, base, id, prefix);
          box.querySelector('h3').focus();
        } catch (error) {
          showErrors(errors, error);
        }
      });
      item.append(remove);
    }
    list.append(item);
  }
  if (data.length === 0) list.append(el('li', { className: 'muted', textContent: t('parts.noComments') }));
  const text = el('textarea', { id: `${prefix}-comment`, rows: 3, maxLength: 2000, required: true });
  text.dataset.field = 'body';
  const mentions = el('fieldset', { className: 'tags' }, el('legend', { textContent: t('parts.mention') }));
  mentions.dataset.field = 'mentions';
  people.forEach((p, i) => {
    const box2 = el('input', { type: 'checkbox', value: p.subject, id: `${prefix}-mention-${i}` });
    mentions.append(el('label', { className: 'tag', htmlFor: box2.id }, box2, ` ${p.name}`));
  });
  const send = el('button', { type: 'submit', className: 'primary', textContent: t('parts.post') });
  const form = el('form', { className: 'comment-form', noValidate: true },
    el('div', { className: 'field' }, el('label', { htmlFor: text.id, textContent: t('parts.comment') }), text),
    ...(people.length ? [mentions] : []), errors, send);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(errors);
    const chosen = [...mentions.querySelectorAll('input:checked')].map((b) => b.value);
    try {
      await api(`${base}/${id}/comments`, { method: 'POST', body: { body: text.value, mentions: chosen } });
      await drawComments(box, base, id, prefix);
      box.querySelector('textarea')?.focus();
    } catch (error) {
      showErrors(errors, error);
    }
  });
  box.replaceChildren(heading, list, form);
}

async function colleagues() {
  if (!staff) {
    try {
      const [{ data }, me] = await Promise.all([api('staff?active=true'), api('me')]);
      staff = data.filter((p) => p.active && p.subject !== me.data.subject); // others, not oneself
    } catch (error) {
      staff = []; // the directory is not readable: comments without mentions
    }
  }
  return staff;
}
