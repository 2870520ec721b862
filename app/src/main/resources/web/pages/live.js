// Live updates: the server's event stream says when a conversation changed or was read, and the
// page re-fetches what it shows. Where there is no stream (404, or while it is disconnected) the
// page polls every 3 s instead.
import { token } from './session.js';

const POLL_MS = 3000;
const POLL_WHILE_LIVE_MS = 30000;
let events = null;
let live = false;
let timer = null;
let current = null; // what the page shows re-fetches itself with this

async function run(update) {
  if (current !== update) return;
  try { await update(); } catch (e) { /* the next round tries again */ }
}

function schedule(update) {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    await run(update);
    if (current === update) schedule(update);
  }, live ? POLL_WHILE_LIVE_MS : POLL_MS);
}

/** Keeps what the page shows current with {@code update}, until the next page replaces it. */
export function keepCurrent(update) {
  current = update;
  schedule(update);
}

export function stopUpdates() {
  current = null;
  clearTimeout(timer);
}

/** Re-fetches now (say, after the API answers again). */
export function refreshNow() {
  if (current) run(current);
}

export function listen() {
  if (events || !token()) return;
  events = new EventSource('/api/events?access_token=' + encodeURIComponent(token()));
  events.addEventListener('open', () => { live = true; });
  events.addEventListener('error', () => { live = false; });
  events.addEventListener('unauthorized', hangUp);
  events.addEventListener('conversation', refreshNow);
  events.addEventListener('read', refreshNow);
}

export function hangUp() {
  if (events) events.close();
  events = null;
  live = false;
}

window.addEventListener('cruddur:online', refreshNow);

// A page left for another may stay alive in the back-forward cache; an event stream it kept
// open would hold one of the browser's six connections to the server, and a few such pages
// would leave none for requests. So the stream closes as the page goes, and reopens if it
// comes back.
window.addEventListener('pagehide', hangUp);
window.addEventListener('pageshow', (e) => {
  if (e.persisted) {
    listen();
    refreshNow();
  }
});
