// Back and Start over, below every step. The machine says which of them apply.
import { useTranslation } from 'react-i18next';

interface Props {
  onBack?: () => void;
  onRestart?: () => void;
}

export function StepNav({ onBack, onRestart }: Props) {
  const { t } = useTranslation();
  if (!onBack && !onRestart) return null;
  return (
    <nav className="step-nav" aria-label={t('common.stepNav')}>
      {onBack && (
        <button type="button" className="secondary back" onClick={onBack}>
          {t('common.back')}
        </button>
      )}
      {onRestart && (
        <button type="button" className="secondary" onClick={onRestart}>
          {t('common.startOver')}
        </button>
      )}
    </nav>
  );
}
