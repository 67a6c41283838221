// A translated sentence with one phone number in it, marked <call>…</call>: the number dials (bold
// text on a kiosk, which cannot dial), reads left to right inside right-to-left text, and never
// breaks inside itself.
import type { Channel } from '../flow/contacts';
import { Markup } from './Markup';
import { NumberLink } from './NumberLink';

interface Props {
  /** The translated sentence, its number already filled in. */
  text: string;
  call: Channel;
  className?: string;
}

export function PhoneSentence({ text, call, className }: Props) {
  return (
    <Markup
      text={text}
      tags={{
        call: (number) => (
          <NumberLink href={call.href} className={className}>
            <bdi dir="ltr" className="number">
              {number}
            </bdi>
          </NumberLink>
        ),
      }}
    />
  );
}
