// The API client of the portal: bearer token from the session, problem+json turned into errors.
import { t } from './i18n.js';

const BASE = new URL('api/v1/', document.baseURI).toString();

export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The message in the current language, with the field errors' messages (forms.js names them by their labels). */
  lines(lang) {
    const p = this.problem;
    const head = lang === 'en' ? (p.detailEn || p.titleEn || this.message) : (p.detail || p.title || this.message);
    const fields = (p.errors || []).map((e) => (lang === 'en' ? (e.messageEn || e.message) : e.message));
    return [head, ...fields];
  }
}

// The sign-in through the identity provider is held by the server (an HttpOnly cookie); the page asks it for a
// short-lived access token, kept in this page's memory only (never in storage or a URL), and asks again before it
// expires. The demo sign-in's token is kept in sessionStorage (demo only).
const SESSION_HEADERS = { 'X-Kyodo-Session': '1', Accept: 'application/json' };
let session = null;
let refreshTimer = null;

export function token() {
  return session?.accessToken || sessionStorage.getItem('kyodo.token');
}

/** Makes the page's session ready: true when signed in (demo token, or the server-held sign-in). */
export async function startSession() {
  if (sessionStorage.getItem('kyodo.token')) return true;
  return fetchSessionToken();
}

async function fetchSessionToken() {
  const response = await fetch(`${BASE}session/token`, { method: 'POST', headers: SESSION_HEADERS, credentials: 'same-origin' });
  if (response.status === 401) {
    session = null;
    return false;
  }
  const data = await response.json();
  if (!response.ok) throw new ProblemError(response.status, data);
  session = { accessToken: data.accessToken, expiresAt: data.expiresAt };
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refreshSession, Math.max(5, data.expiresIn - 30) * 1000);
  return true;
}

async function refreshSession() {
  try {
    if (!(await fetchSessionToken())) sessionEnded();
  } catch (error) {
    refreshTimer = setTimeout(refreshSession, 15000); // the provider is unreachable for now: try again
  }
}

/** The sign-in ended (signed out elsewhere, account disabled, too long idle): say so, keep the page, offer a way back. */
function sessionEnded() {
  if (document.getElementById('session-ended')) return;
  const box = document.createElement('div');
  box.id = 'session-ended';
  box.className = 'notice session-ended';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = t('session.ended');
  const again = document.createElement('a');
  again.href = `${BASE}session/sign-in?to=portal.html`;
  again.target = '_blank';
  again.rel = 'noopener';
  again.textContent = t('session.signInAgain');
  const resume = document.createElement('button');
  resume.type = 'button';
  resume.textContent = t('session.resume');
  resume.addEventListener('click', async () => {
    if (await fetchSessionToken().catch(() => false)) box.remove();
  });
  box.append(text, again, ' ', resume);
  document.body.prepend(box);
  again.focus();
}

export async function signOut() {
  if (session) {
    clearTimeout(refreshTimer);
    session = null;
    try {
      const response = await fetch(`${BASE}session/sign-out`, { method: 'POST', headers: SESSION_HEADERS, credentials: 'same-origin' });
      const data = await response.json();
      location.replace(data.next); // the provider's end-session page, which comes back to the sign-in page
      return;
    } catch (error) {
      location.replace('index.html');
      return;
    }
  }
  sessionStorage.removeItem('kyodo.token');
  location.href = 'index.html';
}

export async function api(path, { method = 'GET', body, headers = {}, asBlob = false } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers } };
  if (token()) init.headers.Authorization = `Bearer ${token()}`;
  if (body instanceof Blob) {
    init.headers['Content-Type'] = 'application/octet-stream'; // the server finds the type in the content
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response = await fetch(BASE + path, init);
  if (response.status === 401 && session) {
    // the access token expired in the meantime: ask the server for a fresh one, once, then try again
    if (await fetchSessionToken().catch(() => false)) {
      init.headers.Authorization = `Bearer ${token()}`;
      response = await fetch(BASE + path, init);
    }
    if (response.status === 401) sessionEnded();
  } else if (response.status === 401 && token()) {
    signOut();
  }
  if (asBlob && response.ok) {
    return { blob: await response.blob(), status: response.status }; // a file: the caller saves it
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ProblemError(response.status, data);
  return { data, etag: response.headers.get('ETag'), status: response.status };
}

/** Downloads a file of the API (it needs the bearer token, so not a plain link) and saves it as {@code name}. */
export async function download(path, name) {
  const { blob } = await api(path, { headers: { Accept: '*/*' }, asBlob: true });
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
