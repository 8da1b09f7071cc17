// Signing in and out, in the header: who is signed in and with which roles, a "Sign in" button that opens a small
// dialog (user and password; the server's refusal shown in its words) and a "Sign out" button. A notice says when
// the session ended by itself. Panels ask for the dialog with bus 'sign-in'.
import {anonymousJson, postJson, showError} from './api.js';
import * as session from './session.js';

export function init(ctx) {
  const {i18n, bus} = ctx;
  const who = document.getElementById('account-who');
  const openButton = document.getElementById('signin-open');
  const outButton = document.getElementById('signout');
  const notice = document.getElementById('account-notice');
  const dialog = document.getElementById('signin-dialog');
  const form = document.getElementById('signin-form');
  const userInput = document.getElementById('signin-user');
  const password = document.getElementById('signin-password');
  const error = document.getElementById('signin-error');
  const submit = document.getElementById('signin-submit');
  let noticeKey = session.lastEnded() === 'expired' ? 'session_expired' : null;

  function render() {
    const u = session.user();
    who.hidden = !u;
    openButton.hidden = !!u;
    outButton.hidden = !u;
    if (u) {
      const roles = (u.roles || []).filter((r) => r !== 'public').map((r) => i18n.t(`role_${r}`));
      who.textContent = roles.length ? i18n.t('signed_in_as', {user: u.user, roles: roles.join(', ')})
        : i18n.t('signed_in_as_plain', {user: u.user});
      who.dataset.user = u.user;
      who.dataset.roles = (u.roles || []).join(' ');
    } else {
      delete who.dataset.user;
    }
    notice.textContent = noticeKey ? i18n.t(noticeKey) : '';
    notice.hidden = !noticeKey;
  }

  function open() {
    error.hidden = true;
    error.textContent = '';
    password.value = '';
    dialog.showModal();
    (userInput.value ? password : userInput).focus();
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!userInput.value.trim() || !password.value) {
      error.textContent = i18n.t('signin_fill_in');
      error.hidden = false;
      (userInput.value.trim() ? password : userInput).focus();
      return;
    }
    submit.disabled = true;
    try {
      const answer = await anonymousJson('POST', '/api/auth/login', {user: userInput.value.trim(),
        password: password.value});
      password.value = '';
      dialog.close();
      session.begin(answer);
    } catch (err) {
      // the server's own words: wrong user name or password, too many attempts (429)…
      error.textContent = err.detail || err.message;
      error.hidden = false;
      password.select();
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  document.getElementById('signin-cancel').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    password.value = '';
  });
  openButton.addEventListener('click', open);
  outButton.addEventListener('click', async () => {
    outButton.disabled = true;
    try {
      await postJson('/api/auth/logout');
    } catch (err) {
      if (err.status !== 401) { // 401: the session was over already
        showError(err, i18n.t('sign_out_failed'));
      }
    } finally {
      outButton.disabled = false;
      session.signedOut();
      openButton.focus();
    }
  });
  session.onChange((why) => {
    noticeKey = why === 'expired' ? 'session_expired' : null;
    render();
  });
  i18n.onLangChange(render);
  bus.on('sign-in', open);
  render();
}
