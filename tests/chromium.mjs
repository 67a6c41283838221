// The Chromium the browser tests and the bench run: Debian's (test tools cannot download their own
// here; CHROMIUM_PATH for another), with the flags without which it floods a closed network with
// requests of its own (updates, sync, QUIC).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFlags = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
