// Building the page: every piece of text people wrote is set with textContent, never as HTML.

/** An element with attributes ("text" sets its text, "on…" adds a listener) and children. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== false && v != null) node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c != null && c !== false) node.append(c);
  return node;
}

/** Characters as the API counts them: code points. */
export function chars(text) {
  return Array.from(text).length;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;

/**
 * The text as text nodes, with each http(s) URL a link whose text is set as text; nothing else
 * becomes a link (no javascript: or data: URLs, whatever is written).
 */
export function linkified(text) {
  const parts = [];
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0].replace(/[.,;:!?)\]]+$/, '');
    let parsed;
    try { parsed = new URL(url); } catch (e) { continue; }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') continue;
    parts.push(document.createTextNode(text.slice(at, match.index)));
    parts.push(el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank', text: url }));
    at = match.index + url.length;
  }
  parts.push(document.createTextNode(text.slice(at)));
  return parts;
}

/** Initials on a colour derived from the handle, until real pictures exist. */
export function avatar(displayName, handle) {
  const words = (displayName || handle || '?').trim().split(/\s+/);
  const initials = (Array.from(words[0])[0] || '?') + (words.length > 1 ? Array.from(words[words.length - 1])[0] : '');
  let hash = 2166136261; // FNV-1a: similar handles still get different colours
  for (const c of handle || '') hash = Math.imul(hash ^ c.codePointAt(0), 16777619) >>> 0;
  const span = el('span', { class: 'avatar hue-' + (hash % 12), 'aria-hidden': 'true', text: initials.toUpperCase() });
  return span;
}

/** Moves focus to a view's heading (not the whole page), so keyboard and screen readers start there. */
export function focusHeading(root) {
  const heading = root.querySelector('h1, h2');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}
