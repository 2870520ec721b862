// The list of conversations: the other person, the last message (ellipsised), when, and a badge
// with the unread count, which clears the moment the conversation is opened.
import { api } from './api.js';
import { avatar, el } from './dom.js';
import { when } from './time.js';

let known = [];

/** The conversations last fetched, so that picking someone can open an existing one. */
export function knownGroups() {
  return known;
}

export async function fetchGroups() {
  const r = await api('/api/message_groups');
  if (r.ok) known = await r.json();
  return known;
}

/** The list, with {@code current} marked as the page and its badge cleared. */
export function groupList(groups, current, go) {
  const list = el('ul', { class: 'groups', 'aria-label': 'Conversations' });
  if (groups.length === 0) {
    list.append(el('li', { class: 'empty', text: 'No conversations yet. Start one with New message.' }));
  }
  for (const g of groups) {
    const unread = g.uuid === current ? 0 : g.unread || 0;
    const badge = unread > 0 ? el('span', { class: 'unread', text: String(unread) }, el('span', { class: 'visually-hidden', text: ' unread' })) : null;
    const link = el('a', { href: '/messages/' + g.uuid, 'data-group': g.uuid, 'aria-current': g.uuid === current ? 'page' : false },
      avatar(g.display_name, g.handle),
      el('span', { class: 'summary' },
        el('span', { class: 'row' },
          el('span', { class: 'who' }, el('span', { class: 'name', text: g.display_name }), el('span', { class: 'handle', text: ' @' + g.handle })),
          when(g.created_at)),
        el('span', { class: 'row' }, el('span', { class: 'preview', text: g.message }), badge)));
    link.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      badge?.remove();
      g.unread = 0;
      go('/messages/' + g.uuid);
    });
    list.append(el('li', {}, link));
  }
  return list;
}
