// The API client of the portal: bearer token from the session, problem+json turned into errors.
const BASE = new URL('api/v1/', document.baseURI).toString();

export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The message in the current language, with the field errors. */
  lines(lang) {
    const p = this.problem;
    const head = lang === 'en' ? (p.detailEn || p.titleEn || this.message) : (p.detail || p.title || this.message);
    const fields = (p.errors || []).map((e) => `${e.field}: ${lang === 'en' ? e.messageEn : e.message}`);
    return [head, ...fields];
  }
}

export function token() {
  return sessionStorage.getItem('kyodo.token');
}

export function signOut() {
  sessionStorage.removeItem('kyodo.token');
  location.href = 'index.html';
}

export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers } };
  if (token()) init.headers.Authorization = `Bearer ${token()}`;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(BASE + path, init);
  if (response.status === 401 && token()) {
    signOut();
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ProblemError(response.status, data);
  return { data, etag: response.headers.get('ETag'), status: response.status };
}
