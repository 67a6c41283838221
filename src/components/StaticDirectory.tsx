// Shows the contact list that the build put into index.html (English, outside the app), by moving
// it here. It needs no script, words or network, so it works even when nothing else will.
import { useEffect, useRef } from 'react';

// Held once found: when a fallback that showed it is replaced by another, the list leaves the page
// with the old one and must still be at hand for the new one.
let directory: HTMLElement | null = null;

export function StaticDirectory() {
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    directory ??= document.getElementById('contact-directory');
    if (!directory || !place.current) return;
    directory.hidden = false;
    place.current.append(directory);
  }, []);
  return <div ref={place} />;
}
