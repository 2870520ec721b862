// One conversation: a header naming the other person, the messages (own on one side, theirs on
// the other, grouped by sender, with day separators), older pages on scrolling up, "Seen" under
// your latest message once the other has read it, and the compose box at the bottom.
import { api } from './api.js';
import { avatar, el, linkified } from './dom.js';
import { compareTimes, day, when } from './time.js';
import { myHandle } from './session.js';
import { failureWords } from './words.js';
import { composer } from './composer.js';

const GROUP_WITHIN_MS = 5 * 60 * 1000;

function nextLink(response) {
  const link = response.headers.get('Link');
  const match = link && link.match(/<([^>]+)>;\s*rel="next"/);
  return match ? match[1] : null;
}

export function header(name, handle) {
  return el('header', { class: 'conv-head' },
    el('a', { href: '/messages', class: 'back', 'aria-label': 'Back to conversations', text: '‹' }),
    avatar(name, handle),
    el('div', { class: 'who' }, el('h2', { text: name || '@' + handle }), el('span', { class: 'handle', text: '@' + handle })));
}

export function missing(text) {
  return el('div', { class: 'missing' },
    el('h2', { text }),
    el('p', { text: 'It may have been a mistyped link, or it is not one of yours.' }),
    el('a', { href: '/messages', class: 'button', text: 'Back to your messages' }));
}

/**
 * Shows conversation {@code group} in {@code pane}; resolves to its refresh function, or null when
 * there is no such conversation.
 */
export async function conversation(pane, group, { onRead, announce, known }) {
  const byUuid = new Map();
  let older = null;
  let otherReadUpTo = null;
  let other = null;
  let drawn = '';

  const first = await api('/api/messages/' + group);
  if (first.status === 404) {
    pane.replaceChildren(missing('No such conversation'));
    return null;
  }
  if (!first.ok) throw new Error(await failureWords(first));
  older = nextLink(first);
  for (const m of await first.json()) byUuid.set(m.uuid, m);
  onRead();

  const thread = el('ol', { class: 'thread' });
  const scroller = el('div', { class: 'messages', role: 'log', 'aria-label': 'Messages', tabindex: '0' }, thread);
  const head = el('div', { class: 'head-slot' });

  const me = myHandle();
  const sorted = () => [...byUuid.values()].sort((a, b) => compareTimes(a.created_at, b.created_at) || (a.uuid < b.uuid ? -1 : 1));

  const draw = () => {
    const list = sorted();
    const lastMine = [...list].reverse().find((m) => m.handle === me);
    const seen = lastMine && otherReadUpTo && compareTimes(otherReadUpTo, lastMine.created_at) >= 0;
    const key = list.map((m) => m.uuid).join() + '|' + (seen ? lastMine.uuid : '');
    if (key === drawn) return;
    drawn = key;
    const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 60;
    const fromBottom = scroller.scrollHeight - scroller.scrollTop;
    const items = [];
    let prev = null;
    for (const m of list) {
      const d = day(m.created_at);
      const newDay = !prev || day(prev.created_at).key !== d.key;
      if (newDay) items.push(el('li', { class: 'day' }, el('span', { text: d.label })));
      const grouped = !newDay && prev.handle === m.handle && Date.parse(m.created_at) - Date.parse(prev.created_at) < GROUP_WITHIN_MS;
      const mine = m.handle === me;
      items.push(el('li', { class: 'message ' + (mine ? 'mine' : 'theirs') + (grouped ? ' grouped' : ' first'), 'data-message': m.uuid },
        !grouped ? el('span', { class: 'sender', text: mine ? 'You' : m.display_name }) : null,
        el('div', { class: 'bubble' }, el('span', { class: 'text' }, ...linkified(m.message)), el('span', { class: 'meta' }, when(m.created_at))),
        seen && m === lastMine ? el('span', { class: 'seen', text: 'Seen' }) : null));
      prev = m;
    }
    if (list.length === 0) items.push(el('li', { class: 'empty', text: 'No messages yet.' }));
    thread.replaceChildren(...items);
    scroller.scrollTop = atBottom || !pane.contains(scroller) ? scroller.scrollHeight : scroller.scrollHeight - fromBottom;
  };

  const details = async () => {
    const r = await api('/api/message_groups/' + group);
    if (r.ok) {
      const d = await r.json();
      other = { name: d.display_name, handle: d.handle };
      otherReadUpTo = d.other_read_up_to || null;
    } else if (!other) {
      const theirs = sorted().find((m) => m.handle !== me);
      if (theirs) other = { name: theirs.display_name, handle: theirs.handle };
      else {
        const g = await known();
        if (g) other = { name: g.display_name, handle: g.handle };
      }
    }
    if (other && head.dataset.handle !== other.handle) {
      head.replaceChildren(header(other.name, other.handle));
      head.dataset.handle = other.handle;
    }
  };

  let loadingOlder = false;
  scroller.addEventListener('scroll', async () => {
    if (scroller.scrollTop > 80 || !older || loadingOlder) return;
    loadingOlder = true;
    scroller.setAttribute('aria-busy', 'true');
    try {
      const r = await api(older);
      if (r.ok) {
        older = nextLink(r);
        for (const m of await r.json()) byUuid.set(m.uuid, m);
        draw();
      }
    } finally {
      loadingOlder = false;
      scroller.removeAttribute('aria-busy');
    }
  });

  const form = composer(group, async (text) => {
    const r = await api('/api/messages', { method: 'POST', body: JSON.stringify({ message: text, message_group_uuid: group }) });
    if (!r.ok) throw new Error(await failureWords(r));
    const m = await r.json();
    byUuid.set(m.uuid, m);
    draw();
    scroller.scrollTop = scroller.scrollHeight;
  });

  await details();
  if (!other) head.replaceChildren(header('', '…'));
  pane.replaceChildren(head, scroller, form);
  draw();

  return async () => {
    const r = await api('/api/messages/' + group);
    if (r.ok) {
      const fresh = (await r.json()).filter((m) => !byUuid.has(m.uuid));
      for (const m of fresh) byUuid.set(m.uuid, m);
      const theirs = fresh.filter((m) => m.handle !== me);
      if (theirs.length > 0) announce(theirs.map((m) => m.display_name + ': ' + m.message).join('\n'));
      if (fresh.length > 0) onRead();
    }
    await details();
    draw();
  };
}
