// One way to reach a contact (call, text, TTY, web) as a link, its number kept left-to-right.
import { useTranslation } from 'react-i18next';
import type { Channel } from '../flow/contacts';
import { Markup } from './Markup';

export function ChannelLink({ channel, prominent = false }: { channel: Channel; prominent?: boolean }) {
  const { t } = useTranslation('outcome');
  const isWeb = channel.kind === 'web';
  const text =
    channel.kind === 'call' && channel.vanity
      ? t('channels.callVanity', { number: channel.display, vanity: channel.vanity })
      : t(`channels.${channel.kind}`, { number: channel.display, address: channel.display });
  return (
    <a
      className={prominent ? 'channel channel-prominent' : 'channel'}
      href={channel.href}
      {...(isWeb ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {/* Numbers and addresses read left to right inside right-to-left text. */}
      <Markup text={text} tags={{ number: (number) => <bdi dir="ltr">{number}</bdi> }} />
      {isWeb && (
        <>
          {' '}
          <span className="visually-hidden">{t('channels.newTab')}</span>
        </>
      )}
    </a>
  );
}
