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
    tables.forEach(labelCells);
  });
  observer.observe(root, { childList: true, subtree: true });
}
