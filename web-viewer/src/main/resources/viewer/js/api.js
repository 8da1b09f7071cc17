// Talking to the server: every request carries the session (when signed in), and every failure becomes an ApiError
// carrying the server's own words, which the viewer shows to the user (never swallowed). A 401 to a request that
// carried the session means the session is over: it is dropped (the viewer then shows it is signed out) and a
// reading request is asked again anonymously.
import * as session from './session.js';

export class ApiError extends Error {
  /** detail: the server's own words, without the status. */
  constructor(message, status, url, detail) {
    super(message);
    this.status = status;
    this.url = url;
    this.detail = detail || message;
  }
}

async function explain(response, url) {
  let text = '';
  try {
    text = await response.text();
    const body = JSON.parse(text);
    // OGC API - Processes ({detail}), OGC API - Features and REST ({description}), others ({message} or {title})
    text = body.detail || body.description || body.message || body.title || text;
  } catch (e) {
    // not JSON: an OWS exception report's text, or the text as it is
    text = owsText(text);
  }
  const detail = text || response.statusText;
  return new ApiError(`${response.status}: ${detail}`, response.status, url, detail);
}

/** The messages of an OGC (WMS, WFS) XML exception report, or the text itself when it is not one. */
function owsText(text) {
  if (!text || !text.trimStart().startsWith('<')) {
    return text;
  }
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const messages = [...doc.getElementsByTagNameNS('*', 'ServiceException'),
    ...doc.getElementsByTagNameNS('*', 'ExceptionText')].map((e) => e.textContent.trim()).filter(Boolean);
  return messages.length ? messages.join('; ') : text;
}

/**
 * fetch() without cookies or HTTP authentication (the session travels in the Authorization header): with
 * credentials 'omit' a 401 whose WWW-Authenticate offers Basic does not make the browser prompt for a password
 * (a prompt that would also hold the request until answered).
 */
async function send(url, init) {
  try {
    return await fetch(url, Object.assign({credentials: 'omit'}, init));
  } catch (e) {
    throw new ApiError(`the server cannot be reached (${e.message})`, 0, url);
  }
}

/**
 * fetch() with the session's header. A 401 to a request that carried the session ends the session; a GET is then
 * asked again without it. Answers are returned as they are (ok or not); {@code ended} tells that the session ended.
 */
export async function authorizedFetch(url, init = {}) {
  const sent = session.token();
  const headers = Object.assign({}, init.headers || {}, session.headers());
  let response = await send(url, Object.assign({}, init, {headers}));
  let ended = false;
  if (response.status === 401 && sent) {
    session.refused(sent);
    ended = true;
    if (!init.method || init.method === 'GET') {
      response.body?.cancel(); // frees the connection
      response = await send(url, Object.assign({}, init, {headers: init.headers || {}}));
    }
  }
  response.sessionEnded = ended;
  return response;
}

/** A JSON request; resolves to the parsed answer (null for 204 No Content). */
export async function requestJson(method, url, body) {
  const init = {method, headers: {Accept: 'application/json'}};
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await authorizedFetch(url, init);
  if (!response.ok) {
    throw await explain(response, url);
  }
  return response.status === 204 ? null : response.json();
}

export function getJson(url) {
  return requestJson('GET', url);
}

export function postJson(url, body) {
  return requestJson('POST', url, body);
}

export function deleteJson(url) {
  return requestJson('DELETE', url);
}

/** A request that must not carry the session (signing in). */
export async function anonymousJson(method, url, body) {
  const response = await send(url, {method, headers: {Accept: 'application/json', 'Content-Type': 'application/json'},
    body: JSON.stringify(body)});
  if (!response.ok) {
    throw await explain(response, url);
  }
  return response.json();
}

/** The server's refusal of a fetched response, as an ApiError with its words. */
export function refusal(response, url) {
  return explain(response, url);
}

/**
 * Shows an image fetched with the session (private layers' legends): img gets a blob: URL, freed once shown.
 * Resolves once it is set; rejects with the server's words.
 */
export async function loadImage(img, url) {
  const response = await authorizedFetch(url);
  if (!response.ok) {
    throw await explain(response, url);
  }
  const blobUrl = URL.createObjectURL(await response.blob());
  img.addEventListener('load', () => URL.revokeObjectURL(blobUrl), {once: true});
  img.addEventListener('error', () => URL.revokeObjectURL(blobUrl), {once: true});
  img.src = blobUrl;
}

/** Downloads a file fetched with the session under its name (an attachment only its author and moderators see). */
export async function download(url, name) {
  const response = await authorizedFetch(url);
  if (!response.ok) {
    throw await explain(response, url);
  }
  const blobUrl = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = blobUrl;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 60000);
}

/** Shows an error to the user in the banner (and in the console for developers). */
export function showError(error, context) {
  const banner = document.getElementById('errors');
  const item = document.createElement('div');
  item.className = 'error';
  item.setAttribute('role', 'alert');
  const text = document.createElement('span');
  text.textContent = (context ? context + ': ' : '') + (error && error.message ? error.message : String(error));
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'close');
  close.addEventListener('click', () => item.remove());
  item.append(text, close);
  banner.append(item);
  console.error(context, error);
}
