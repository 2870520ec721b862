// Cruddur Messages pages: plain JavaScript, no build. Message text is only ever set with
// textContent (never innerHTML), so whatever people write shows as text.
'use strict';

const MAX_CHARS = 1024;
// Live updates come as server-sent events; while they are not connected (or where the server has
// no stream processor of its own), the page polls instead.
const POLL_MS = 3000;
const POLL_WHILE_LIVE_MS = 30000;
const app = document.getElementById('app');
let refreshTimer = null;
let refresh = null; // what the current page does when something changed
let events = null;
let live = false;

function token() { return sessionStorage.getItem('token'); }
function myHandle() { return sessionStorage.getItem('handle'); }

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== false && v != null) node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
}

async function api(path, options = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (token()) headers.Authorization = 'Bearer ' + token();
  const response = await fetch(path, { ...options, headers });
  if (response.status === 401) {
    signOut();
    throw new Error('signed out');
  }
  return response;
}

function chars(text) { return Array.from(text).length; }

function relative(iso) {
  const then = new Date(iso);
  if (isNaN(then)) return iso;
  const seconds = Math.round((then - Date.now()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const units = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(seconds, 'second');
}

function when(iso) {
  return el('time', { datetime: iso, title: new Date(iso).toLocaleString(), text: relative(iso) });
}

function signOut() {
  if (events) { events.close(); events = null; live = false; }
  sessionStorage.clear();
  go('/sign-in');
}

function go(path) {
  history.pushState(null, '', path);
  route();
}

function render(...nodes) {
  clearTimeout(refreshTimer);
  refresh = null;
  app.replaceChildren(...nodes);
  app.focus();
}

/** Runs {@code update} when the server says something changed, and polls as a fallback. */
function keepCurrent(update) {
  refresh = update;
  const poll = async () => {
    if (refresh !== update) return;
    try { await update(); } catch (err) { /* the next round tries again */ }
    refreshTimer = setTimeout(poll, live ? POLL_WHILE_LIVE_MS : POLL_MS);
  };
  refreshTimer = setTimeout(poll, live ? POLL_WHILE_LIVE_MS : POLL_MS);
}

function listen() {
  if (events || !token()) return;
  events = new EventSource('/api/events?access_token=' + encodeURIComponent(token()));
  events.addEventListener('open', () => { live = true; });
  events.addEventListener('error', () => { live = false; });
  events.addEventListener('unauthorized', () => { events.close(); events = null; live = false; });
  events.addEventListener('conversation', () => { if (refresh) refresh().catch(() => {}); });
}

async function signInPage() {
  const list = el('ul', { class: 'users' });
  render(el('section', {}, el('h1', { text: 'Sign in' }), el('p', { text: 'Pick a user (local sign-in).' }), list));
  const response = await fetch('/api/local/users');
  if (!response.ok) {
    // A Cognito pool signs users in: paste an access token from it (as the original's pages
    // received one from Amplify's sign-in).
    const pasted = el('textarea', { id: 'access-token', 'aria-label': 'Cognito access token', rows: 4 });
    const error = el('p', { class: 'error', role: 'alert' });
    const form = el('form', { class: 'token' },
      el('label', { for: 'access-token', text: 'This server signs in with Cognito: paste an access token.' }),
      pasted, el('button', { type: 'submit', text: 'Sign in' }), error);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const value = pasted.value.trim();
      const check = await fetch('/api/messages/counter', { headers: { Authorization: 'Bearer ' + value } });
      if (!check.ok) { error.textContent = 'That token was refused (' + check.status + ').'; return; }
      let handle = '';
      try { handle = JSON.parse(atob(value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).username || ''; } catch (err) { /* shown without a handle */ }
      sessionStorage.setItem('token', value);
      sessionStorage.setItem('handle', handle);
      go('/messages');
    });
    list.replaceWith(form);
    return;
  }
  for (const user of await response.json()) {
    list.append(el('li', {}, el('button', {
      type: 'button', 'data-handle': user.handle, text: user.display_name + ' (@' + user.handle + ')',
      onclick: async () => {
        const r = await fetch('/api/local/sign-in', { method: 'POST', body: JSON.stringify({ handle: user.handle }) });
        const body = await r.json();
        sessionStorage.setItem('token', body.access_token);
        sessionStorage.setItem('handle', body.handle);
        go('/messages');
      },
    })));
  }
}

async function groupList(current) {
  const list = el('ul', { class: 'groups', 'aria-label': 'Conversations' });
  const response = await api('/api/message_groups');
  for (const g of await response.json()) {
    const link = el('a', { href: '/messages/' + g.uuid, 'data-group': g.uuid, 'aria-current': g.uuid === current ? 'page' : false },
      el('span', { class: 'who', text: g.display_name + ' @' + g.handle }),
      g.unread > 0 ? el('span', { class: 'unread', 'aria-label': g.unread + ' unread', text: String(g.unread) }) : null,
      el('div', { class: 'preview', text: g.message }),
      el('div', { class: 'when' }, when(g.created_at)));
    link.addEventListener('click', (e) => { e.preventDefault(); go('/messages/' + g.uuid); });
    list.append(el('li', {}, link));
  }
  return list;
}

function sendForm(onSend) {
  const text = el('textarea', { name: 'message', 'aria-label': 'Message', rows: 3 });
  const count = el('span', { class: 'count', 'aria-live': 'polite', text: String(MAX_CHARS) });
  const button = el('button', { type: 'submit', disabled: true, text: 'Send' });
  const error = el('span', { class: 'error', role: 'alert' });
  const update = () => {
    const left = MAX_CHARS - chars(text.value);
    count.textContent = String(left);
    count.classList.toggle('over', left < 0);
    button.disabled = left < 0 || text.value.trim() === '';
  };
  text.addEventListener('input', update);
  const form = el('form', { class: 'send' }, text, count, button, error);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (button.disabled) return;
    button.disabled = true;
    error.textContent = '';
    try {
      await onSend(text.value);
      text.value = '';
    } catch (err) {
      error.textContent = err.message;
    }
    update();
  });
  return form;
}

async function failure(response) {
  if (response.status === 422) return new Error((await response.json()).join(', '));
  if (response.status === 429) return new Error('Sending too fast: wait ' + response.headers.get('Retry-After') + ' s');
  if (response.status === 404) return new Error('Not found');
  const body = await response.json().catch(() => ({}));
  return new Error('Failed (' + response.status + ')' + (body.message ? ': ' + body.message : ''));
}

function messageItem(m) {
  return el('li', { class: m.handle === myHandle() ? 'mine' : '', 'data-message': m.uuid },
    el('span', { class: 'meta' }, el('span', { text: m.display_name + ' @' + m.handle + ' · ' }), when(m.created_at)),
    el('span', { class: 'text', text: m.message }));
}

async function conversationPage(group) {
  const messages = el('ol', { class: 'messages', 'aria-label': 'Messages' });
  const seen = new Set();
  let older = null;
  const show = (page, atTop) => {
    const fresh = page.filter((m) => !seen.has(m.uuid));
    fresh.forEach((m) => seen.add(m.uuid));
    const items = fresh.map(messageItem);
    if (atTop) messages.prepend(...items);
    else if (items.length > 0) { messages.append(...items); messages.scrollTop = messages.scrollHeight; }
  };
  const nextLink = (response) => {
    const link = response.headers.get('Link');
    const match = link && link.match(/<([^>]+)>;\s*rel="next"/);
    return match ? match[1] : null;
  };
  const load = async () => {
    const r = await api('/api/messages/' + group);
    if (r.status === 404) { render(el('p', { class: 'error', text: 'No such conversation.' })); return false; }
    if (older === null) older = nextLink(r) || '';
    show(await r.json(), false);
    return true;
  };
  messages.addEventListener('scroll', async () => {
    if (messages.scrollTop === 0 && older) {
      const url = older;
      older = '';
      const r = await api(url);
      older = nextLink(r) || '';
      const before = messages.scrollHeight;
      show(await r.json(), true);
      messages.scrollTop = messages.scrollHeight - before;
    }
  });
  const form = sendForm(async (text) => {
    const r = await api('/api/messages', { method: 'POST', body: JSON.stringify({ message: text, message_group_uuid: group }) });
    if (!r.ok) throw await failure(r);
    show([await r.json()], false);
  });
  render(await groupList(group), el('section', { class: 'conversation' }, messages, form));
  if (!(await load())) return;
  keepCurrent(async () => {
    await load();
    const list = await groupList(group);
    app.querySelector('.groups')?.replaceWith(list);
  });
}

async function listPage() {
  render(await groupList(null), el('section', { class: 'conversation' }, el('p', { text: 'Pick a conversation.' })));
  keepCurrent(async () => {
    app.querySelector('.groups')?.replaceWith(await groupList(null));
  });
}

async function newConversationPage(handle) {
  const r = await api('/api/users/@' + encodeURIComponent(handle) + '/short');
  if (!r.ok) { render(el('p', { class: 'error', text: 'No user @' + handle })); return; }
  const user = await r.json();
  const form = sendForm(async (text) => {
    const sent = await api('/api/messages', { method: 'POST', body: JSON.stringify({ message: text, handle: user.handle }) });
    if (!sent.ok) throw await failure(sent);
    go('/messages/' + (await sent.json()).message_group_uuid);
  });
  render(await groupList(null), el('section', { class: 'conversation' },
    el('h1', { text: 'New message to ' + user.display_name + ' @' + user.handle }), form));
}

async function route() {
  const path = location.pathname;
  document.getElementById('me').textContent = myHandle() ? '@' + myHandle() : '';
  document.getElementById('sign-out').hidden = !token();
  try {
    if (path === '/sign-in' || !token()) return await signInPage();
    listen();
    let m;
    if ((m = path.match(/^\/messages\/new\/([^/]+)$/))) return await newConversationPage(decodeURIComponent(m[1]));
    if ((m = path.match(/^\/messages\/([0-9a-f-]{36})$/))) return await conversationPage(m[1]);
    return await listPage();
  } catch (err) {
    if (err.message !== 'signed out') render(el('p', { class: 'error', text: 'Something went wrong: ' + err.message }));
  }
}

document.getElementById('sign-out').addEventListener('click', signOut);
window.addEventListener('popstate', route);
route();
