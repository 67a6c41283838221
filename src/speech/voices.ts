// Chooses the speech synthesis voice for an app language from the voices the browser offers.

/**
 * The best voice for an app language code ('en', 'zh-Hans'): an exact match first, then (for
 * 'zh-Hans') mainland Chinese, then any voice of the same language; within each, a voice on the device.
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
    const fitting = voices.filter((voice) => matches(voice.lang.toLowerCase().replace(/_/g, '-')));
    // A voice on the device works offline and sends nothing of what is read to a speech service.
    if (fitting.length > 0) return fitting.find((voice) => voice.localService) ?? fitting[0];
  }
  return undefined;
}
