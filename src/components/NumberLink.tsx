// A phone number inside a sentence: a link that dials, or plain bold text on a kiosk, which cannot.
import { useContext, type ReactNode } from 'react';
import { KioskContext } from '../kiosk/KioskContext';

interface Props {
  href: string;
  className?: string;
  children: ReactNode;
}

export function NumberLink({ href, className, children }: Props) {
  const kiosk = useContext(KioskContext);
  return kiosk ? (
    <strong className={className}>{children}</strong>
  ) : (
    <a className={className} href={href}>
      {children}
    </a>
  );
}
