// Lists shared by the pages. A table marked `stack` reads as one card per row on a phone: each cell carries its
// column's name (data-label), shown before the value where the header row is hidden.

/** Copies each column's header text to the cells of {@code table}'s body (call after drawing the rows). */
export function labelCells(table) {
  if (!table.tHead || !table.tHead.rows.length) return;
  const heads = [...table.tHead.rows[0].cells].map((th) => th.textContent.trim());
  for (const row of table.tBodies[0].rows) {
    [...row.cells].forEach((cell, i) => { if (heads[i]) cell.dataset.label = heads[i]; });
  }
}

/** The query of the page's address after the hash (#audit?actor=…): a list's filters, kept so a view can be shared. */
export function hashQuery() {
  const hash = location.hash.slice(1);
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/** The page named by the hash, without its query. */
export function hashPage() {
  return location.hash.slice(1).split('?')[0];
}

/**
 * Binds a list's filter fields to the address: {@code fields} maps a query name to a field's id. The fields take
 * their values from the address when the page opens ({@link restoreFilters}); a change writes them back (without a
 * new history entry) and calls {@code onChange}.
 */
export function bindFilters(page, fields, onChange) {
  for (const id of Object.values(fields)) {
    document.getElementById(id).addEventListener('change', () => {
      const query = new URLSearchParams();
      for (const [name, fieldId] of Object.entries(fields)) {
        const field = document.getElementById(fieldId);
        const value = field.type === 'checkbox' ? (field.checked ? 'true' : '') : field.value.trim();
        if (value) query.set(name, value);
      }
      const text = query.toString();
      history.replaceState(null, '', `${location.pathname}${location.search}#${page}${text ? `?${text}` : ''}`);
      onChange();
    });
  }
}

/** Sets the filter fields from the address (an absent name empties its field). */
export function restoreFilters(fields) {
  const query = hashQuery();
  for (const [name, id] of Object.entries(fields)) {
    const field = document.getElementById(id);
    if (field.type === 'checkbox') field.checked = query.get(name) === 'true';
    else field.value = query.get(name) || '';
  }
}

/**
 * Keeps every list table under {@code root} labelled for the phone's card layout: whenever rows are drawn (by
 * whichever page), their cells get their columns' names. Tables with a layout of their own are left alone.
 */
export function labelListsAsDrawn(root = document.body) {
  const observer = new MutationObserver((changes) => {
    const tables = new Set();
    for (const change of changes) {
      const table = change.target.closest?.('table.list');
      if (table && !table.matches('.compact, #inbox-list')) tables.add(table);
    }
    tables.forEach((table) => {
      labelCells(table);
      clientSorted(table);
      sortRows(table);
    });
  });
  observer.observe(root, { childList: true, subtree: true });
}

// Sorting. A column's header is a button; the sorted column says so to a screen reader (aria-sort). A list the server
// pages (data-sort="server": the consultations, the catalogue, the access log) is ordered by the server, and where it
// offers orders (the consultations) the order is a filter of the address (sort=-receivedOn); a page of it is never
// re-sorted on its own. Any other list is sorted where it is drawn, by the cells' text (numbers as numbers, Japanese
// by the collator), and stays sorted when it is drawn again.

const collator = new Intl.Collator('ja', { numeric: true, sensitivity: 'base' });

function headerButton(th, onClick) {
  if (th.querySelector('button.sort')) return th.querySelector('button.sort');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'sort';
  if (th.dataset.i18n) { // the language toggle rewrites the text, so the key moves to the button
    button.dataset.i18n = th.dataset.i18n;
    delete th.dataset.i18n;
  }
  button.textContent = th.textContent.trim();
  th.replaceChildren(button);
  button.addEventListener('click', onClick);
  return button;
}

function markSorted(table, index, descending) {
  [...table.tHead.rows[0].cells].forEach((th, i) => {
    if (i === index) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    else th.removeAttribute('aria-sort');
  });
}

/**
 * Server-sorted headers: {@code keys} maps a column's index to the API's sort name; {@code field} (a hidden filter
 * field bound to the address) holds the order, {@code fallback} when empty. A click sorts by the column, a second
 * click reverses it.
 */
export function serverSorted(table, keys, field, fallback) {
  const show = () => {
    const current = field.value || fallback;
    const key = current.replace(/^-/, '');
    const index = Object.entries(keys).find(([, k]) => k === key)?.[0];
    markSorted(table, index === undefined ? -1 : Number(index), current.startsWith('-'));
  };
  for (const [index, key] of Object.entries(keys)) {
    headerButton(table.tHead.rows[0].cells[index], () => {
      const current = field.value || fallback;
      field.value = current === key ? `-${key}` : key;
      field.dispatchEvent(new Event('change'));
      show();
    });
  }
  show();
  return show;
}

function sortRows(table) {
  const index = Number(table.dataset.sortColumn);
  if (Number.isNaN(index) || !table.tBodies[0]) return;
  const width = table.tHead.rows[0].cells.length;
  const rows = [...table.tBodies[0].rows];
  const records = rows.filter((r) => r.cells.length === width);
  const rest = rows.filter((r) => r.cells.length !== width);
  const sign = table.dataset.sortDescending === 'true' ? -1 : 1;
  const text = (row) => (row.cells[index]?.dataset.sort ?? row.cells[index]?.textContent ?? '').trim();
  const sorted = [...records].sort((a, b) => sign * collator.compare(text(a), text(b)));
  if (sorted.every((r, i) => r === records[i])) return; // already in order: no change, no redraw
  table.tBodies[0].append(...sorted, ...rest);
}

/** Makes every column of a list drawn in the page sortable (a table marked data-sort="server" is left alone). */
export function clientSorted(table) {
  if (table.dataset.sort === 'server' || !table.tHead?.rows.length || table.dataset.sortable === 'true') return;
  table.dataset.sortable = 'true';
  [...table.tHead.rows[0].cells].forEach((th, index) => {
    if (!th.textContent.trim()) return; // a column of buttons
    headerButton(th, () => {
      const again = table.dataset.sortColumn === String(index);
      table.dataset.sortDescending = again && table.dataset.sortDescending !== 'true' ? 'true' : 'false';
      table.dataset.sortColumn = String(index);
      markSorted(table, index, table.dataset.sortDescending === 'true');
      sortRows(table);
    });
  });
}
