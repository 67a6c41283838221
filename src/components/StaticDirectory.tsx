// Shows the contact list that the build put into index.html (English, outside the app), by moving
// it here. It needs no script, words or network, so it works even when nothing else will.
import { useEffect, useRef } from 'react';

export function StaticDirectory() {
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const directory = document.getElementById('contact-directory');
    if (!directory || !place.current) return;
    directory.hidden = false;
    place.current.append(directory);
  }, []);
  return <div ref={place} />;
}
