// Talking to the server: every failure becomes an ApiError carrying the server's own words, which the viewer
// shows to the user (never swallowed).

export class ApiError extends Error {
  constructor(message, status, url) {
    super(message);
    this.status = status;
    this.url = url;
  }
}

async function explain(response, url) {
  let text = '';
  try {
    text = await response.text();
    const body = JSON.parse(text);
    // OGC API - Processes ({detail}), OGC API - Features ({description}), REST ({message} or {title})
    text = body.detail || body.description || body.message || body.title || text;
  } catch (e) {
    // not JSON: keep the text as it is
  }
  return new ApiError(`${response.status}: ${text || response.statusText}`, response.status, url);
}

export async function getJson(url) {
  let response;
  try {
    response = await fetch(url, {headers: {Accept: 'application/json'}});
  } catch (e) {
    throw new ApiError(`the server cannot be reached (${e.message})`, 0, url);
  }
  if (!response.ok) {
    throw await explain(response, url);
  }
  return response.json();
}

export async function postJson(url, body, headers = {}) {
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: Object.assign({'Content-Type': 'application/json', Accept: 'application/json'}, headers),
      body: JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(`the server cannot be reached (${e.message})`, 0, url);
  }
  if (!response.ok) {
    throw await explain(response, url);
  }
  return response.json();
}

export async function deleteJson(url) {
  const response = await fetch(url, {method: 'DELETE', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw await explain(response, url);
  }
  return response.json();
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
