// Times shown relative ("5 minutes ago"), kept current, with the exact local time as a title.
import { el } from './dom.js';

const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const UNITS = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60]];

export function relative(iso) {
  const then = new Date(iso);
  if (isNaN(then)) return iso;
  const seconds = Math.round((then - Date.now()) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(seconds, 'second');
}

export function exact(iso) {
  const then = new Date(iso);
  return isNaN(then) ? iso : then.toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });
}

/** A <time> that the ticker below keeps current. */
export function when(iso) {
  return el('time', { datetime: iso, title: exact(iso), text: relative(iso) });
}

function startOfDay(date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** The local day a time falls on, as a key and as people say it: Today, Yesterday or a date. */
export function day(iso) {
  const then = new Date(iso);
  const key = startOfDay(then);
  const today = startOfDay(new Date());
  if (key === today) return { key, label: 'Today' };
  const now = new Date();
  if (key === new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1).getTime()) {
    return { key, label: 'Yesterday' };
  }
  const sameYear = then.getFullYear() === new Date().getFullYear();
  return { key, label: then.toLocaleDateString(undefined, sameYear ? { weekday: 'long', month: 'long', day: 'numeric' } : { dateStyle: 'long' }) };
}

setInterval(() => {
  for (const t of document.querySelectorAll('time[datetime]')) {
    const text = relative(t.getAttribute('datetime'));
    if (t.textContent !== text) t.textContent = text;
  }
}, 30000);

/** Orders the API's fixed-width times; falls back to parsing for older, looser forms. */
export function compareTimes(a, b) {
  if (a.length === b.length) return a < b ? -1 : a > b ? 1 : 0;
  return Date.parse(a) - Date.parse(b);
}
