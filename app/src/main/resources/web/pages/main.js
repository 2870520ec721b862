// Cruddur Messages pages: plain JavaScript modules, no build. This one routes: it lays out the
// two panes (one at a time on a phone) and puts each page's view in them.
import { api, SignedOut, whenSignedOut } from './api.js';
import { el, focusHeading } from './dom.js';
import { forget, myHandle, onChangeElsewhere, token } from './session.js';
import { signInPage } from './signin.js';
import { fetchGroups, groupList, knownGroups } from './list.js';
import { conversation, header, missing } from './conversation.js';
import { composer } from './composer.js';
import { search } from './search.js';
import { hangUp, keepCurrent, listen, stopUpdates } from './live.js';
import { refreshUnread, showUnread } from './unread.js';
import { failureWords } from './words.js';

const app = document.getElementById('app');
const announcer = document.getElementById('announce');
let routed = 0; // which navigation a view belongs to: late answers of an old one are dropped

export function go(path) {
  history.pushState(null, '', path);
  route();
}

function signOut() {
  hangUp();
  stopUpdates();
  forget();
  showUnread(0);
  go('/sign-in');
}
whenSignedOut(signOut);
// Signed out (or in as someone else) in another tab: follow it here.
onChangeElsewhere(() => { hangUp(); stopUpdates(); route(); });

function announce(text) {
  announcer.textContent = '';
  requestAnimationFrame(() => { announcer.textContent = text; });
}

/** The two panes, kept across navigations so the list does not flicker. */
function panes(view) {
  let list = app.querySelector('.list-pane');
  let main = app.querySelector('.main-pane');
  if (!list) {
    list = el('nav', { class: 'list-pane', 'aria-label': 'Conversations' },
      el('div', { class: 'pane-head' },
        el('h1', { text: 'Messages' }),
        el('a', { href: '/messages/new', class: 'button new-message', text: 'New message',
          onclick: (e) => { e.preventDefault(); go('/messages/new'); } })),
      el('ul', { class: 'groups', 'aria-label': 'Conversations' }));
    main = el('section', { class: 'main-pane' });
    app.replaceChildren(list, main);
  }
  app.dataset.view = view;
  return { list, main };
}

async function refreshList(current) {
  const groups = await fetchGroups();
  app.querySelector('.groups')?.replaceWith(groupList(groups, current, go));
}

function placeholder(main) {
  main.replaceChildren(el('div', { class: 'placeholder' },
    el('h2', { text: 'Pick a conversation' }),
    el('p', { text: 'Or start one with New message.' })));
}

async function listView() {
  const { main } = panes('list');
  placeholder(main);
  await refreshList(null);
  refreshUnread();
  return async () => { await refreshList(null); await refreshUnread(); };
}

async function conversationView(group, mine) {
  const { main } = panes('conversation');
  const listed = refreshList(group);
  const refresh = await conversation(main, group, {
    announce,
    known: async () => { await listed; return knownGroups().find((g) => g.uuid === group); },
    // The read happened with the fetch: the counter follows it at once.
    onRead: () => { refreshUnread(); },
  });
  await listed;
  if (!refresh || mine !== routed) return null;
  return async () => { await refresh(); await refreshList(group); await refreshUnread(); };
}

function pick(user) {
  const existing = knownGroups().find((g) => g.handle === user.handle);
  go(existing ? '/messages/' + existing.uuid : '/messages/new/' + encodeURIComponent(user.handle));
}

async function searchView() {
  const { main } = panes('conversation');
  search(main, pick);
  await refreshList(null);
  return async () => { await refreshList(null); await refreshUnread(); };
}

async function newConversationView(handle) {
  const { main } = panes('conversation');
  const existing = (knownGroups().length ? knownGroups() : await fetchGroups()).find((g) => g.handle === handle);
  if (existing) { history.replaceState(null, '', '/messages/' + existing.uuid); return route(); }
  const r = await api('/api/users/@' + encodeURIComponent(handle) + '/short');
  if (!r.ok) {
    main.replaceChildren(missing(r.status === 404 ? 'No one is called @' + handle : await failureWords(r)));
  } else {
    const user = await r.json();
    const form = composer('new:' + user.handle, async (text) => {
      const sent = await api('/api/messages', { method: 'POST', body: JSON.stringify({ message: text, handle: user.handle }) });
      if (!sent.ok) throw new Error(await failureWords(sent));
      const group = (await sent.json()).message_group_uuid;
      localStorage.removeItem('cruddur.draft.new:' + user.handle);
      go('/messages/' + group);
    }, 'Message to ' + user.display_name);
    main.replaceChildren(header(user.display_name, user.handle),
      el('div', { class: 'messages intro', role: 'log', 'aria-label': 'Messages', tabindex: '0' },
        el('p', { text: 'This is the start of your conversation with ' + user.display_name + '.' })),
      form);
  }
  await refreshList(null);
  return async () => { await refreshList(null); await refreshUnread(); };
}

function notFoundView() {
  app.dataset.view = 'single';
  app.replaceChildren(el('section', { class: 'not-found' },
    el('h1', { text: 'Page not found' }),
    el('p', { text: 'There is nothing at ' + location.pathname + '.' }),
    el('a', { href: '/messages', class: 'button', text: 'Back to your messages' })));
}

async function route() {
  const mine = ++routed;
  stopUpdates();
  const path = location.pathname;
  document.getElementById('me').textContent = token() && myHandle() ? '@' + myHandle() : '';
  document.getElementById('sign-out').hidden = !token();
  let m;
  try {
    if (!(path === '/' || path === '/sign-in' || path === '/messages' || path.startsWith('/messages/'))) {
      notFoundView();
      focusHeading(app);
      return;
    }
    if (path === '/sign-in' || !token()) {
      app.dataset.view = 'single';
      hangUp();
      return await signInPage(app, () => go(path === '/sign-in' || path === '/' ? '/messages' : path));
    }
    listen();
    let refresh;
    if (path === '/messages/new') refresh = await searchView();
    else if ((m = path.match(/^\/messages\/new\/([^/]+)$/))) refresh = await newConversationView(decodeURIComponent(m[1]));
    else if ((m = path.match(/^\/messages\/([0-9a-fA-F-]{36})$/))) refresh = await conversationView(m[1], mine);
    else if (path === '/' || path === '/messages') refresh = await listView();
    else { panes('conversation').main.replaceChildren(missing('No such conversation')); await refreshList(null); }
    if (mine !== routed) return;
    // Focus starts at the heading of what was opened: the list's, or the conversation's.
    const opened = path === '/' || path === '/messages' ? '.list-pane' : '.main-pane';
    if (!app.querySelector('#people-search')) focusHeading(app.querySelector(opened) || app);
    if (refresh) keepCurrent(refresh);
  } catch (err) {
    if (err instanceof SignedOut || mine !== routed) return;
    app.querySelector('.main-pane')?.replaceChildren(el('p', { class: 'error', role: 'alert', text: err.message }));
  }
}

// The keyboard on a phone shrinks the visual viewport: the page follows it, so the compose box
// stays above the keyboard.
if (window.visualViewport) {
  // Not while pinch-zoomed: then the visual viewport is smaller than the page on purpose.
  const fit = () => {
    if (window.visualViewport.scale <= 1) {
      document.documentElement.style.setProperty('--viewport-height', window.visualViewport.height + 'px');
    }
  };
  window.visualViewport.addEventListener('resize', fit);
  fit();
}

document.getElementById('sign-out').addEventListener('click', signOut);
window.addEventListener('popstate', route);
document.addEventListener('click', (e) => {
  // Links inside the app navigate without reloading.
  const a = e.target.closest('a[href^="/"]');
  if (!a || e.defaultPrevented || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0 || a.target) return;
  e.preventDefault();
  go(a.getAttribute('href'));
});
route();
