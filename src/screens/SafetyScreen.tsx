// "Browsing safely": what Exit does and does not do, and how to leave fewer traces.
import type { Ref } from 'react';
import { useWords } from '../i18n/useWords';

interface Props {
  onClose: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

export function SafetyScreen({ onClose, headingRef }: Props) {
  const { t } = useWords('safety');
  return (
    <>
      <h1 id="step-heading" tabIndex={-1} ref={headingRef}>
        {t('safety.title')}
      </h1>
      <p>{t('safety.exit')}</p>
      <p>{t('safety.history')}</p>
      <p>{t('safety.device')}</p>
      <p>
        <button type="button" className="secondary" onClick={onClose}>
          {t('safety.close')}
        </button>
      </p>
    </>
  );
}
