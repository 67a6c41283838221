// One way to reach a contact (call, text, TTY, web) as a link, its number kept left-to-right. On a
// kiosk, where a link would dial nothing or leave the tool, the number is shown large with a QR code.
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../flow/contacts';
import { KioskContext } from '../kiosk/KioskContext';
import { Markup } from './Markup';

export function ChannelLink({ channel, prominent = false }: { channel: Channel; prominent?: boolean }) {
  const { t } = useTranslation('outcome');
  const kiosk = useContext(KioskContext);
  const isWeb = channel.kind === 'web';
  const text =
    channel.kind === 'call' && channel.vanity
      ? t('channels.callVanity', { number: channel.display, vanity: channel.vanity })
      : t(`channels.${channel.kind}`, { number: channel.display, address: channel.display });
  // Numbers and addresses read left to right inside right-to-left text; a number never breaks
  // inside itself (a web address may, or a long one would run off a narrow screen).
  const label = (
    <Markup text={text} tags={{ number: (number) => <bdi dir="ltr" className={isWeb ? undefined : 'number'}>{number}</bdi> }} />
  );
  if (kiosk) {
    return (
      <span className="channel-kiosk">
        <span className="kiosk-number">{label}</span>
        {kiosk.QrCode && <kiosk.QrCode value={channel.href} />}
      </span>
    );
  }
  return (
    <a
      className={prominent ? 'channel channel-prominent' : 'channel'}
      href={channel.href}
      {...(isWeb ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {label}
      {isWeb && (
        <>
          {' '}
          <span className="visually-hidden">{t('channels.newTab')}</span>
        </>
      )}
    </a>
  );
}
