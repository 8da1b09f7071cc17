// A tiny event bus between the panels: on(name, fn), emit(name, detail).
const listeners = new Map();

export function on(name, fn) {
  if (!listeners.has(name)) {
    listeners.set(name, []);
  }
  listeners.get(name).push(fn);
}

export function emit(name, detail) {
  (listeners.get(name) || []).forEach((fn) => fn(detail));
}
