// Shows a part of the page the build put into index.html outside the app (English, rendered from the
// same components: the contact list, the 911 outcome, the note that the tool could not load), by
// moving it here. It needs no script, words or network, so it works even when nothing else will.
import { useLayoutEffect, useRef } from 'react';

export type StaticId = 'contact-directory' | 'static-outcome' | 'boot-notice';

// Held once found: when a fallback that showed a part is replaced by another, the part leaves the
// page with the old one and must still be at hand for the new one.
const found = new Map<StaticId, HTMLElement>();

interface Props {
  id: StaticId;
  /** Called with the part's heading (or the part, if it has none) once in place, so focus can move to it. */
  onHeading?: (heading: HTMLElement | null) => void;
}

export function StaticNode({ id, onHeading }: Props) {
  const place = useRef<HTMLDivElement>(null);
  // Before the paint, so the step never shows an empty frame.
  useLayoutEffect(() => {
    const part = found.get(id) ?? document.getElementById(id);
    if (!part || !place.current) return;
    found.set(id, part);
    part.hidden = false;
    place.current.append(part);
    onHeading?.(part.querySelector('h1') ?? part);
  }, [id, onHeading]);
  return <div ref={place} />;
}
