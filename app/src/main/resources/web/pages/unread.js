// The unread count in the tab title, "(N) Cruddur Messages", refreshed with what the page shows.
import { api } from './api.js';

export const TITLE = 'Cruddur Messages';

export function showUnread(count) {
  document.title = count > 0 ? '(' + count + ') ' + TITLE : TITLE;
}

export async function refreshUnread() {
  const r = await api('/api/messages/counter');
  if (r.ok) showUnread((await r.json()).count || 0);
}
