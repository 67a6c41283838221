// Reads the current screen aloud in the current language with the browser's own speech synthesis,
// and stops at once when the screen or the language changes.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { voiceFor } from '../speech/voices';

/** The browser's speech synthesis; missing in some browsers and when prerendering. */
function synthesis(): SpeechSynthesis | undefined {
  return typeof window === 'undefined' ? undefined : window.speechSynthesis;
}

/** Silences any speech at once. */
function stopSpeaking() {
  synthesis()?.cancel();
}

export function ListenButton({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>([]);
  // Held while it plays: Chrome may otherwise garbage-collect it and never fire its end event.
  const [utterance, setUtterance] = useState<SpeechSynthesisUtterance>();
  const voice = voiceFor(i18n.language, voices);

  useEffect(() => {
    const speech = synthesis();
    if (!speech) return;
    // Browsers often list their voices only a while after the page has loaded.
    const update = () => setVoices(speech.getVoices());
    update();
    speech.addEventListener('voiceschanged', update);
    return () => speech.removeEventListener('voiceschanged', update);
  }, []);

  useEffect(
    () => () => {
      stopSpeaking();
      setUtterance(undefined);
    },
    [text, i18n.language],
  );

  if (!voice) return null;

  function toggle() {
    const speech = synthesis();
    if (!speech || !voice) return;
    if (utterance) {
      speech.cancel();
      setUtterance(undefined);
      return;
    }
    const next = new SpeechSynthesisUtterance(text);
    next.voice = voice;
    // The voice's own tag, since some browsers (Chrome on Android) choose by lang and ignore voice.
    next.lang = voice.lang;
    // A cancelled utterance may end after the next one started: only the current one resets the button.
    const done = () => setUtterance((current) => (current === next ? undefined : current));
    next.addEventListener('end', done);
    next.addEventListener('error', done);
    setUtterance(next);
    speech.speak(next);
  }

  return (
    <button type="button" className="secondary listen" onClick={toggle}>
      {utterance ? t('common.stopListening') : t('common.listen')}
    </button>
  );
}
