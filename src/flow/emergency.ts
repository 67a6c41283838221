// The emergency number, on its own so the line on every screen needs nothing else from the
// directory (contacts.ts includes it as its `emergency` entry).
import type { Channel } from './contacts';

export const emergencyCall = { kind: 'call', display: '911', href: 'tel:911' } as const satisfies Channel;
