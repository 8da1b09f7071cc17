// Italian and English. Modules add their strings with addStrings({it: {...}, en: {...}}); t(key, vars) gives the
// text in the current language ({name} placeholders filled from vars); elements with data-i18n="key" (text),
// data-i18n-title, data-i18n-placeholder and data-i18n-aria-label are translated on every language change.

const strings = {it: {}, en: {}};
const listeners = [];
let current = 'it';

export function addStrings(more) {
  for (const lang of Object.keys(strings)) {
    Object.assign(strings[lang], more[lang] || {});
  }
}

export function lang() {
  return current;
}

export function t(key, vars = {}) {
  const text = strings[current][key] ?? strings.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (vars[name] ?? m));
}

export function setLang(next) {
  if (!strings[next]) {
    return;
  }
  current = next;
  document.documentElement.lang = next;
  translate(document);
  listeners.forEach((fn) => fn(next));
}

export function onLangChange(fn) {
  listeners.push(fn);
}

export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  });
}

/** A name in the current language from an object with nameIt/nameEn (or name_it/name_en). */
export function localName(o) {
  if (!o) {
    return '';
  }
  return current === 'it' ? (o.nameIt || o.name_it || o.nameEn || o.name_en || o.name)
    : (o.nameEn || o.name_en || o.nameIt || o.name_it || o.name);
}

/** A number in the current language's format. */
export function num(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '–';
  }
  return new Intl.NumberFormat(current === 'it' ? 'it-IT' : 'en-GB', {maximumFractionDigits: digits}).format(value);
}
