// Shows the contact list that the build put into index.html (English, outside the app): what the
// crash screen and a missing outcome fall back on.
import { StaticNode } from './StaticNode';

export function StaticDirectory() {
  return <StaticNode id="contact-directory" />;
}
