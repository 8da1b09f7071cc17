// Who is signed in: the session token of a viewer sign-in (POST /api/auth/login), kept in sessionStorage so that it
// lasts as long as the browser tab and no longer, and sent as "Authorization: Bearer" on every API and map request.
// The session ends on sign-out, when its time is up, or when the server refuses the token (401: expired or revoked);
// listeners learn why ('signed-in', 'signed-out', 'expired').

const KEY = 'smartland.session';
const listeners = [];
let current = read();
let timer = null;
/** Why the latest session ended ('signed-out', 'expired'), or null: for views built after it happened. */
let lastEnd = null;

function read() {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    return s && typeof s.token === 'string' && s.user ? s : null;
  } catch (e) {
    return null; // unreadable: signed out
  }
}

function notify(why) {
  listeners.forEach((fn) => fn(why, current));
}

/** Ends the session by itself when its time is up. */
function schedule() {
  clearTimeout(timer);
  if (current && current.expires) {
    const left = Date.parse(current.expires) - Date.now();
    timer = setTimeout(() => end('expired'), Math.max(0, Math.min(left, 2 ** 31 - 1)));
  }
}

function end(why) {
  if (!current) {
    return;
  }
  current = null;
  lastEnd = why;
  clearTimeout(timer);
  sessionStorage.removeItem(KEY);
  notify(why);
}

/** The session token, or null when signed out. */
export function token() {
  return current ? current.token : null;
}

/** {user, roles, projects} of who is signed in, or null. */
export function user() {
  return current ? current.user : null;
}

/** Whether the signed-in user holds the role (admins hold every role, as on the server). */
export function has(role) {
  const roles = current ? current.user.roles || [] : [];
  return roles.includes(role) || roles.includes('admin');
}

/** The headers that carry the session (none when signed out). */
export function headers() {
  return current ? {Authorization: `Bearer ${current.token}`} : {};
}

/** Starts the session the server gave: {token, id, expires, user}. */
export function begin(session) {
  current = {token: session.token, id: session.id, expires: session.expires, user: session.user};
  lastEnd = null;
  sessionStorage.setItem(KEY, JSON.stringify(current));
  schedule();
  notify('signed-in');
}

/** Ends the session after a sign-out. */
export function signedOut() {
  end('signed-out');
}

/**
 * The server refused {@code sentToken} (401): the session it belonged to is over. A token replaced meanwhile (a
 * new sign-in) is kept.
 */
export function refused(sentToken) {
  if (current && current.token === sentToken) {
    end('expired');
  }
}

/** Why the latest session ended ('signed-out', 'expired'), or null if none did. */
export function lastEnded() {
  return lastEnd;
}

/** fn(why, session) after every change: why is 'signed-in', 'signed-out' or 'expired'. */
export function onChange(fn) {
  listeners.push(fn);
}

// a session stored in the tab whose time is up ends now, before anything is asked with it
if (current && current.expires && Date.parse(current.expires) <= Date.now()) {
  current = null;
  lastEnd = 'expired';
  sessionStorage.removeItem(KEY);
}
schedule();
