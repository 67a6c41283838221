// One way to reach a contact (call, text, TTY, web) as a link, its number kept left-to-right.
import { Trans, useTranslation } from 'react-i18next';
import type { Channel } from '../flow/contacts';

export function ChannelLink({ channel, prominent = false }: { channel: Channel; prominent?: boolean }) {
  const { t } = useTranslation();
  const isWeb = channel.kind === 'web';
  const key = channel.kind === 'call' && channel.vanity ? 'channels.callVanity' : `channels.${channel.kind}` as const;
  return (
    <a
      className={prominent ? 'channel channel-prominent' : 'channel'}
      href={channel.href}
      {...(isWeb ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      <Trans
        i18nKey={key}
        values={{ number: channel.display, vanity: channel.vanity, address: channel.display }}
        // Numbers and addresses read left to right inside right-to-left text.
        components={{ number: <bdi dir="ltr" /> }}
      />
      {isWeb && (
        <>
          {' '}
          <span className="visually-hidden">{t('common.newTab')}</span>
        </>
      )}
    </a>
  );
}
