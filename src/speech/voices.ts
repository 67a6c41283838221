// Chooses the speech synthesis voice for an app language from the voices the browser offers.

/**
 * The best voice for an app language code ('en', 'zh-Hans'): an exact match first, then (for
 * 'zh-Hans') mainland Chinese, then any voice of the same language. Only voices on the device: a
 * network voice (such as Chrome's "Google" voices) would send what it reads, an outcome, to a
 * speech service, so without a local voice there is no Listen button.
 */
export function voiceFor(language: string, voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const wanted = language.toLowerCase();
  const primary = wanted.split('-')[0];
  const tiers: ((tag: string) => boolean)[] = [
    (tag) => tag === wanted,
    // Simplified characters are read right by a mainland voice; other Chinese voices come after.
    (tag) => wanted === 'zh-hans' && (tag === 'zh-cn' || tag.startsWith('zh-hans')),
    (tag) => tag.split('-')[0] === primary,
  ];
  for (const matches of tiers) {
    // Android's Chrome has reported tags such as 'en_US'.
    const fitting = voices.find((voice) => voice.localService && matches(voice.lang.toLowerCase().replace(/_/g, '-')));
    if (fitting) return fitting;
  }
  return undefined;
}
