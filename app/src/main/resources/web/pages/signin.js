// Signing in: locally, by picking a seeded user; with a Cognito pool, by pasting an access token
// from it (as the original's pages received one from Amplify's sign-in).
import { avatar, el, focusHeading } from './dom.js';
import { remember } from './session.js';

function handleOf(accessToken) {
  try {
    return JSON.parse(atob(accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).username || '';
  } catch (e) {
    return '';
  }
}

export async function signInPage(root, done) {
  const list = el('ul', { class: 'users', 'aria-label': 'Users' });
  const card = el('section', { class: 'sign-in' }, el('h1', { text: 'Sign in' }), el('p', { text: 'Pick a user (local sign-in).' }), list);
  root.replaceChildren(card);
  focusHeading(root);
  let response;
  try {
    response = await fetch('/api/local/users');
  } catch (e) {
    list.replaceWith(el('p', { class: 'error', text: "Can't reach Cruddur. Reload once your connection is back." }));
    return;
  }
  if (!response.ok) {
    card.querySelector('p').remove();
    const pasted = el('textarea', { id: 'access-token', rows: 4 });
    const error = el('p', { class: 'error', role: 'alert' });
    const form = el('form', { class: 'token' },
      el('label', { for: 'access-token', text: 'This server signs in with Cognito: paste an access token.' }),
      pasted, el('button', { type: 'submit', text: 'Sign in' }), error);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const value = pasted.value.trim();
      const check = await fetch('/api/messages/counter', { headers: { Authorization: 'Bearer ' + value } });
      if (!check.ok) { error.textContent = 'That token was refused: sign in again and paste a fresh one.'; return; }
      remember(value, handleOf(value));
      done();
    });
    list.replaceWith(form);
    return;
  }
  for (const user of await response.json()) {
    list.append(el('li', {}, el('button', {
      type: 'button', 'data-handle': user.handle,
      onclick: async () => {
        const r = await fetch('/api/local/sign-in', { method: 'POST', body: JSON.stringify({ handle: user.handle }) });
        const body = await r.json();
        remember(body.access_token, body.handle);
        done();
      },
    }, avatar(user.display_name, user.handle), el('span', { class: 'name', text: user.display_name }), el('span', { class: 'handle', text: '@' + user.handle }))));
  }
}
