// Building elements without HTML strings (no inline handlers, nothing the content security policy refuses).

/**
 * el('td', {className: 'x', 'data-id': 1}, 'text', child…): names with a dash (data-*, aria-*), for and role are
 * attributes, the others properties; null, undefined and false children are left out.
 */
export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.includes('-') || k === 'for' || k === 'role') {
      e.setAttribute(k, v);
    } else {
      e[k] = v;
    }
  }
  e.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return e;
}

/** A date and time in the language's short format. */
export function when(iso, lang) {
  return iso ? new Date(iso).toLocaleString(lang === 'it' ? 'it-IT' : 'en-GB', {dateStyle: 'short',
    timeStyle: 'short'}) : '';
}
