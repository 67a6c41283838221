// Call 911 and Exit this page, on every screen and after a crash; on a phone it stays in reach
// while the page scrolls (styles.css: .safety-bar).
import { EmergencyLine } from './EmergencyLine';
import { ExitThisPage } from './ExitThisPage';

interface Props {
  onExit: () => void;
  /** Shift presses counted so far. */
  presses: number;
}

export function SafetyBar({ onExit, presses }: Props) {
  return (
    <div className="safety-bar">
      <EmergencyLine />
      <ExitThisPage onExit={onExit} presses={presses} />
    </div>
  );
}
