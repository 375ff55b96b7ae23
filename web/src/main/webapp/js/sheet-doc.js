// 相互評価シート laid out as seed 004 has it, for the portal and the public page alike: 1 市民協働事業の概要 with
// each side's 記入者, 【別紙】役割及び責任分担等, 2 事業実施プロセス相互チェックシート, each side's remarks per business
// item, and 3 事業評価相互検証シート (written together once both sides submitted). The reader's own column is
// editable until that side submits; part 3 while the sheet is completed and not yet published.
import { lang, t } from './i18n.js';

const GRADES = ['A', 'B', 'C', 'D'];
const STAGES = { PLANNING: '①', IMPLEMENTATION: '②', REVIEW: '③' };

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

function cell(content, tag = 'td') {
  const td = document.createElement(tag);
  if (content instanceof Node) td.append(content); else td.textContent = content ?? '';
  return td;
}

function multiline(text) {
  return el('p', { className: 'sheet-text', textContent: text || '—' });
}

function labelled(text, input) {
  return el('label', {}, el('span', { textContent: text }), input);
}

/** Which column the reader writes ('partner', 'city' or null) and whether it is still open. */
export function ownSide(s) {
  if (s.writesCityColumn) return { side: 'city', open: s.status === 'DRAFT' && !s.citySubmittedAt };
  if (s.writesPartnerColumn) return { side: 'partner', open: s.status === 'DRAFT' && !s.partnerSubmittedAt };
  return { side: null, open: false };
}

/**
 * Renders sheet {@code s} into {@code root}. {@code ids}: how the inputs are named (grade, note, role and joint
 * prefixes followed by the index; organisation, rater and contact), and the id of the grid table.
 */
export function renderSheet(root, s, ids) {
  const { side, open } = ownSide(s);
  const writer = (which) => (which === 'partner' ? s.partnerWriter : s.cityWriter) || {};
  const sideName = (which) => t(which === 'partner' ? 'cb.partnerSide' : 'cb.citySide');

  // 1 市民協働事業の概要
  const overview = el('dl', { className: 'fields sheet-overview' });
  const period = s.periodFrom ? `${s.periodFrom} – ${s.periodTo}` : '';
  [['sd.project', s.projectName], ['sd.partner', s.partner], ['sd.city', s.cityParty], ['sd.purpose', s.purpose],
    ['sd.areas', s.areas.map((a) => a.area).join('、')], ['sd.roles', t('sd.seeAnnex')], ['sd.period', period],
    ['sd.writtenOn', s.writtenOn || '—']].filter(([, v]) => v)
    .forEach(([k, v]) => overview.append(el('dt', { textContent: t(k) }), el('dd', { textContent: v })));
  const writers = el('table', { className: 'list compact sheet-writers' },
    el('thead', {}, el('tr', {}, cell('', 'th'), cell(t('sd.organisation'), 'th'), cell(t('sd.responsible'), 'th'),
      cell(t('sd.contact'), 'th'))));
  const wbody = el('tbody');
  for (const which of ['partner', 'city']) {
    const w = writer(which);
    const mine = which === side && open;
    const input = (id, value, label) => Object.assign(el('input', { id, maxLength: 200, value: value || '' }),
      { ariaLabel: `${sideName(which)} ${label}` });
    wbody.append(el('tr', {}, cell(`［${sideName(which)}］`, 'th'),
      cell(mine ? input(ids.organisation, w.organisation, t('sd.organisation')) : (w.organisation || '—')),
      cell(mine ? input(ids.rater, w.responsible, t('sd.responsible')) : (w.responsible || '—')),
      cell(mine ? input(ids.contact, w.contact, t('sd.contact')) : (w.contact || '—'))));
  }
  writers.append(wbody);

  // 【別紙】役割及び責任分担等
  const annex = el('table', { className: 'list sheet-annex' },
    el('thead', {}, el('tr', {}, cell(t('sd.area'), 'th'), cell(t('sd.partnerRoles'), 'th'), cell(t('sd.cityRoles'), 'th'))),
    el('tbody', {}, ...s.areas.map((a, i) => {
      const roleCell = (which) => {
        const text = which === 'partner' ? a.partnerRoles : a.cityRoles;
        const heading = t(which === 'partner' ? 'sd.partnerRoles' : 'sd.cityRoles');
        const td = which === side && open
          ? cell(el('textarea', { id: `${ids.role}${i}`, rows: 3, maxLength: 2000, value: text || '', ariaLabel: `${a.area} ${heading}` }))
          : cell(multiline(text));
        td.dataset.label = heading;
        return td;
      };
      return el('tr', {}, cell(a.area, 'th'), roleCell('partner'), roleCell('city'));
    })));

  // 2 事業実施プロセス相互チェックシート
  const grid = el('table', { id: ids.grid, className: 'list sheet-grid' },
    el('thead', {}, el('tr', {}, cell('#', 'th'), cell(t('cb.question'), 'th'), cell(t('cb.partnerSide'), 'th'),
      cell(t('cb.citySide'), 'th'), cell('', 'th'))));
  grid.append(el('tbody', {}, ...s.questions.map((q) => {
    const gradeCell = (which) => {
      const value = which === 'partner' ? q.partner : q.city;
      if (which !== side) return cell(value || '—');
      const select = el('select', { id: `${ids.grade}${q.index}`, disabled: !open,
        ariaLabel: `${STAGES[q.stage]}-${q.number} ${sideName(which)}` });
      select.append(new Option('—', ''), ...GRADES.map((g) => new Option(g, g)));
      select.value = value || '';
      return cell(select);
    };
    const row = el('tr', {}, cell(`${STAGES[q.stage]}-${q.number}`), cell(lang() === 'en' ? q.textEn : q.textJa),
      gradeCell('partner'), gradeCell('city'), cell(q.diverges ? '◆' : ''));
    row.dataset.index = q.index;
    row.classList.toggle('diverges', q.diverges);
    if (q.diverges) row.title = t('cb.diverges');
    return row;
  })));
  grid.dataset.loaded = 'true';

  // each side's remarks per business item
  const remarks = el('div', { className: 'sheet-remarks' }, ...s.areas.flatMap((a, i) => {
    const parts = [el('h4', { textContent: a.area })];
    for (const which of ['partner', 'city']) {
      const text = which === 'partner' ? a.partner : a.city;
      if (which === side && open) {
        parts.push(labelled(sideName(which), el('textarea', { id: `${ids.note}${i}`, rows: 2, maxLength: 4000, value: text || '' })));
      } else {
        parts.push(el('p', { className: 'muted', textContent: `${sideName(which)}: ${text || '—'}` }));
      }
    }
    return parts;
  }));

  // 3 事業評価相互検証シート
  const joint = el('div', { className: 'sheet-joint' }, ...s.areas.flatMap((a, i) => {
    if (s.writesJoint) {
      return [labelled(`〇${a.area}`, el('textarea', { id: `${ids.joint}${i}`, rows: 4, maxLength: 8000, value: a.joint || '' }))];
    }
    return a.joint ? [el('h4', { textContent: `〇${a.area}` }), multiline(a.joint)] : [];
  }));
  if (!s.writesJoint && !s.areas.some((a) => a.joint)) joint.append(el('p', { className: 'muted', textContent: t('sd.noJoint') }));
  if (s.jointBy) joint.append(el('p', { className: 'muted small', textContent: `${t('sd.jointBy')}: ${s.jointBy}` }));

  root.replaceChildren(
    el('h3', { textContent: t('sd.part1') }), overview, el('h4', { textContent: t('sd.writers') }), writers,
    el('h3', { textContent: t('sd.annex') }), annex,
    el('h3', { textContent: t('sd.part2') }), el('p', { className: 'muted small', textContent: t('sd.gradeScale') }), grid,
    el('h3', { textContent: t('sd.remarks') }), remarks,
    el('h3', { textContent: t('sd.part3') }), el('p', { className: 'muted small', textContent: t('sd.part3Lead') }), joint);
}

/** The reader's column as the API takes it. */
export function readColumn(s, ids) {
  const value = (id) => document.getElementById(id)?.value.trim() || null;
  return { grades: s.questions.map((q) => document.getElementById(`${ids.grade}${q.index}`).value || null),
    notes: s.areas.map((a, i) => document.getElementById(`${ids.note}${i}`).value),
    roles: s.areas.map((a, i) => document.getElementById(`${ids.role}${i}`).value),
    organisation: value(ids.organisation), rater: value(ids.rater), contact: value(ids.contact) };
}

/** Part 3 as the API takes it. */
export function readJoint(s, ids) {
  return { texts: s.areas.map((a, i) => document.getElementById(`${ids.joint}${i}`).value) };
}
