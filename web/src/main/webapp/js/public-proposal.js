// A proposer's status page behind their link: where the proposal stands, and a decision with its reason.
import { api, ProblemError } from './api.js';
import { formatDate, installLanguageToggle, label, lang, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const token = new URLSearchParams(location.search).get('token') || '';
let page = null;
let statuses = [];

function render() {
  $('prs-card').hidden = false;
  $('prs-title').textContent = page.title;
  const status = statuses.find((s) => s.value === page.status);
  const pairs = [['cb.proposer', page.proposerName], ['hq.centre', page.centre], ['cb.received', formatDate(page.receivedOn)],
    ['prs.status', label(status)], ['prs.decidedOn', page.decidedOn ? formatDate(page.decidedOn) : null],
    ['prs.reason', page.decisionReason], ['cb.grant', page.grantAmount == null ? null : `${Number(page.grantAmount).toLocaleString('ja-JP')} 円`]];
  $('prs-fields').replaceChildren(...pairs.filter(([, v]) => v).flatMap(([k, v]) => [
    Object.assign(document.createElement('dt'), { textContent: t(k) }),
    Object.assign(document.createElement('dd'), { textContent: v, id: `prs-${k.replace('.', '-')}` })]));
}

async function load() {
  try {
    statuses = (await api('collaboration-vocabulary')).data.proposalStatus;
    page = (await api(`public/collaboration/proposals/${encodeURIComponent(token)}`)).data;
    render();
  } catch (error) {
    $('page-error').textContent = error instanceof ProblemError ? error.lines(lang()).join(' / ') : String(error);
    $('page-error').hidden = false;
  }
}

installLanguageToggle(() => { if (page) render(); });
load();
