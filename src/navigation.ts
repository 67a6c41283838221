// Leaving the page, in one place so tests can watch it (jsdom cannot navigate).

/** Replaces the current history entry with `url`, so Back does not return here. */
export function replacePage(url: string) {
  window.location.replace(url);
}
