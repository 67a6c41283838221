// Tells components that they are on a shared kiosk, where a link that dials or leaves the tool is
// no use: they show the number large, with a QR code to scan, instead. null on personal devices.
import { createContext, type ComponentType } from 'react';
import type { KioskSettings } from './settings';

export interface Kiosk {
  settings: KioskSettings;
  /** Draws a QR code; arrives with the kiosk code, so phones never download it. */
  QrCode?: ComponentType<{ value: string }>;
}

export const KioskContext = createContext<Kiosk | null>(null);
