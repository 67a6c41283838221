// The emergency number, on its own so the line on every screen needs nothing else from the
// directory (contacts.ts includes it as its `emergency` entry).
import { place } from '../jurisdiction/currentPlace';

export const emergencyCall = place.emergency;
