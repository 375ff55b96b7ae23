// Lists shared by the pages. A table marked `stack` reads as one card per row on a phone: each cell carries its
// column's name (data-label), shown before the value where the header row is hidden.

/** Copies each column's header text to the cells of {@code table}'s body (call after drawing the rows). */
export function labelCells(table) {
  const heads = [...table.tHead.rows[0].cells].map((th) => th.textContent.trim());
  for (const row of table.tBodies[0].rows) {
    [...row.cells].forEach((cell, i) => { if (heads[i]) cell.dataset.label = heads[i]; });
  }
}
