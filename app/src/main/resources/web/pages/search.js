// Finding people: typing part of a handle or name lists matching users (GET /api/users?q=), a
// list the arrow keys move through and Enter picks. Picking someone opens the conversation with
// them if there is one, else the new-conversation form.
import { api } from './api.js';
import { avatar, el } from './dom.js';
import { failureWords } from './words.js';

const WAIT_MS = 150;

export function search(pane, pick) {
  const input = el('input', {
    id: 'people-search', type: 'search', autocomplete: 'off', spellcheck: 'false', placeholder: 'Name or @handle',
    role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'people-results', 'aria-autocomplete': 'list',
  });
  const results = el('ul', { id: 'people-results', role: 'listbox', 'aria-label': 'People' });
  const status = el('p', { class: 'status', role: 'status' });
  let people = [];
  let active = -1;
  let asked = 0;
  let timer = null;

  const mark = () => {
    [...results.children].forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === active));
      li.classList.toggle('active', i === active);
    });
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', results.children[active].id);
      results.children[active].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const show = (found, q) => {
    people = found;
    active = found.length > 0 ? 0 : -1;
    results.replaceChildren(...found.map((u) => el('li', {
      id: 'person-' + u.handle, role: 'option', 'data-handle': u.handle, onclick: () => pick(u),
    }, avatar(u.display_name, u.handle), el('span', { class: 'name', text: u.display_name }), el('span', { class: 'handle', text: '@' + u.handle }))));
    input.setAttribute('aria-expanded', String(found.length > 0));
    status.textContent = q === '' ? '' : found.length === 0 ? 'No one found.' : found.length === 1 ? '1 person found.' : found.length + ' people found.';
    mark();
  };
  const ask = async () => {
    const q = input.value.trim();
    const mine = ++asked;
    if (q === '' || q === '@') { show([], ''); return; }
    try {
      const r = await api('/api/users?q=' + encodeURIComponent(q));
      if (mine !== asked) return;
      if (r.ok) show(await r.json(), q);
      else { show([], ''); status.textContent = await failureWords(r); }
    } catch (err) {
      if (mine === asked) { show([], ''); status.textContent = err.message; }
    }
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(ask, WAIT_MS); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && people.length) { e.preventDefault(); active = (active + 1) % people.length; mark(); }
    else if (e.key === 'ArrowUp' && people.length) { e.preventDefault(); active = (active - 1 + people.length) % people.length; mark(); }
    else if (e.key === 'Enter') { e.preventDefault(); if (active >= 0) pick(people[active]); }
    else if (e.key === 'Escape') { input.value = ''; show([], ''); }
  });
  pane.replaceChildren(el('div', { class: 'search' },
    el('header', { class: 'conv-head' },
      el('a', { href: '/messages', class: 'back', 'aria-label': 'Back to conversations', text: '‹' }),
      el('h2', { text: 'New message' })),
    el('div', { class: 'search-body' },
      el('label', { for: 'people-search', text: 'To' }), input, status, results)));
  input.focus();
}
