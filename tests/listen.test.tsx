// Listen: the current screen read aloud in the current language, numbers digit by digit, stopping
// whenever the screen or language changes; never a button that cannot speak.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ListenButton } from '../src/components/ListenButton';
import { callChannel, contacts, localLines } from '../src/flow/contacts';
import type { OutcomeId } from '../src/flow/outcomeIds';
import { outcomeView } from '../src/flow/outcomeView';
import { changeLanguage, createI18n } from '../src/i18n/i18n';
import { languages } from '../src/i18n/languages';
import { outcomeSpeech, questionSpeech, spokenDigits } from '../src/speech/speechText';
import { voiceFor } from '../src/speech/voices';
import { serveLocales } from './setup';

function voice(lang: string, name = lang, localService = true): SpeechSynthesisVoice {
  return { lang, name, localService, default: false, voiceURI: name };
}

const english = voice('en-US', 'Samantha');
const spanish = voice('es-US', 'Paulina');
const french = voice('fr-FR', 'Thomas');

class FakeUtterance extends EventTarget {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  constructor(public text: string) {
    super();
  }
}

class FakeSpeech extends EventTarget {
  voices: SpeechSynthesisVoice[] = [english, spanish, french];
  spoken: FakeUtterance[] = [];
  speaking = false;
  getVoices = () => this.voices;
  speak = vi.fn((utterance: FakeUtterance) => {
    this.spoken.push(utterance);
    this.speaking = true;
  });
  cancel = vi.fn(() => {
    this.speaking = false;
  });
}

let speech: FakeSpeech;

beforeEach(() => {
  speech = new FakeSpeech();
});

afterEach(() => {
  vi.unstubAllGlobals();
  // unstubAllGlobals also undoes tests/setup.ts's fetch, which serves the locale files.
  vi.stubGlobal('fetch', vi.fn(serveLocales));
});

function installSpeech() {
  vi.stubGlobal('speechSynthesis', speech);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
}

function renderButton(text = 'Is anyone in immediate danger right now?', i18n = createI18n()) {
  const user = userEvent.setup();
  const result = render(
    <I18nextProvider i18n={i18n}>
      <ListenButton text={text} />
    </I18nextProvider>,
  );
  const rerender = (next: string) =>
    result.rerender(
      <I18nextProvider i18n={i18n}>
        <ListenButton text={next} />
      </I18nextProvider>,
    );
  return { ...result, rerender, user, i18n };
}

describe('Listen button', () => {
  it('is absent when the browser has no speech synthesis', () => {
    renderButton();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('is absent when no voice speaks the language', () => {
    speech.voices = [french];
    installSpeech();
    renderButton();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('appears once the voices arrive late', () => {
    speech.voices = [];
    installSpeech();
    renderButton();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    speech.voices = [english];
    act(() => void speech.dispatchEvent(new Event('voiceschanged')));
    expect(screen.getByRole('button', { name: 'Listen' })).toHaveClass('secondary', 'listen');
  });

  it('reads exactly the given text with the English voice, and offers to stop', async () => {
    installSpeech();
    const { user } = renderButton('Is anyone in immediate danger right now?');
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    expect(speech.speak).toHaveBeenCalledTimes(1);
    expect(speech.spoken[0]).toMatchObject({ text: 'Is anyone in immediate danger right now?', lang: 'en-US', voice: english });
    expect(screen.getByRole('button', { name: 'Stop listening' })).toBeInTheDocument();
  });

  it('stops when clicked again', async () => {
    installSpeech();
    const { user } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    expect(speech.cancel).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Stop listening' }));
    expect(speech.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Listen' })).toBeInTheDocument();
  });

  it.each(['end', 'error'])('offers to listen again when the speech has an %s event', async (event) => {
    installSpeech();
    const { user } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    act(() => void speech.spoken[0].dispatchEvent(new Event(event)));
    expect(screen.getByRole('button', { name: 'Listen' })).toBeInTheDocument();
  });

  it('stops when it leaves the page', async () => {
    installSpeech();
    const { user, unmount } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    unmount();
    expect(speech.cancel).toHaveBeenCalled();
  });

  it('stops when the screen changes', async () => {
    installSpeech();
    const { user, rerender } = renderButton('Is anyone in immediate danger right now?');
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    expect(speech.cancel).not.toHaveBeenCalled();
    rerender('Is the person you are worried about under 18?');
    expect(speech.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Listen' })).toBeInTheDocument();
  });

  // Where the place offers a language besides English.
  const other = languages.find((language) => language.code !== 'en');
  if (other) {
    it(`stops when the language changes, then speaks ${other.name} with its own voice`, async () => {
      const own = voice(other.code === 'es' ? 'es-US' : other.code, other.name);
      speech.voices.push(own);
      installSpeech();
      const { user, i18n } = renderButton('…');
      await user.click(screen.getByRole('button', { name: 'Listen' }));
      await act(() => changeLanguage(i18n, other.code));
      expect(speech.cancel).toHaveBeenCalled();
      const t = i18n.getFixedT(other.code);
      await user.click(screen.getByRole('button', { name: t('common.listen') }));
      expect(speech.spoken[1]).toMatchObject({ text: '…', lang: own.lang });
      expect(screen.getByRole('button', { name: t('common.stopListening') })).toBeInTheDocument();
    });
  }
});

describe('spoken text', () => {
  it.each([
    // Made-up numbers in the directory's formats: this is about reading, not about any contact.
    ['555-010-0123', '5 5 5, 0 1 0, 0 1 2 3'],
    ['1-800-555-0199', '1, 8 0 0, 5 5 5, 0 1 9 9'],
    ['911', '9 1 1'],
    ['233733', '2 3 3 7 3 3'],
  ])('reads %s as %s', (display, spoken) => {
    expect(spokenDigits(display)).toBe(spoken);
  });

  it('a question: title, hint and every answer, as sentences', () => {
    const t = createI18n().getFixedT('en');
    const text = questionSpeech(t, 'danger');
    expect(text).toContain('Is anyone in immediate danger right now?');
    expect(text).toContain('For example, someone is being hurt or threatened');
    expect(text).toContain("I'm not sure");
    expect(text).not.toMatch(/[.?]\./);
  });

  it('a question without a hint reads no empty sentence', () => {
    const t = createI18n().getFixedT('en');
    expect(questionSpeech(t, 'parent')).toBe("Are you this child's parent or legal guardian? Yes. No.");
  });

  async function outcomeWords() {
    const i18n = createI18n();
    await i18n.loadNamespaces('outcome');
    const t = i18n.getFixedT('en', 'outcome');
    return { t, read: (id: OutcomeId) => outcomeSpeech(t, i18n.getFixedT('en'), outcomeView(id, 'en'), 'en') };
  }

  it('an outcome reads its numbers digit by digit, never as written', async () => {
    const { t, read } = await outcomeWords();
    const text = read('adultResult');
    const call = callChannel('prosecutor');
    expect(text).toContain(t('outcomes.adultResult.title', { prosecutor: contacts.prosecutor.name.en }));
    expect(text).toContain(`Call ${spokenDigits(call.display)}`);
    expect(text).not.toContain(call.display);
    expect(text).not.toContain('<number>');
  });

  it('the emergency outcome reads 9 1 1', async () => {
    expect((await outcomeWords()).read('call911Result')).toContain('Call 9 1 1');
  });

  it("an outcome's tip follows its primary contacts, and none is read where there is none", async () => {
    const { t, read } = await outcomeWords();
    const text = read('lawEnforcementResult');
    const lastPrimary = localLines.at(-1) ?? 'prosecutor';
    const tip = localLines.length > 0 ? t('outcomes.lawEnforcementResult.tip', { emergency: '911' }) : t('outcomes.lawEnforcementResult.tipWithoutLocalLines', { emergency: '911' });
    expect(text.indexOf(tip)).toBeGreaterThan(text.indexOf(spokenDigits(callChannel(lastPrimary).display)));
    expect(read('call911Result')).not.toMatch(/outcomes\.|tip/);
  });

  it('a web address is read as written', async () => {
    const web = contacts.exploitationTipline.channels.find((channel) => channel.kind === 'web')!;
    expect((await outcomeWords()).read('cyberTiplineResult')).toContain(web.display);
  });
});

describe('voice choice', () => {
  it("'zh-Hans' takes a mainland voice over a Taiwanese one", () => {
    const taiwan = voice('zh-TW');
    const mainland = voice('zh-CN');
    expect(voiceFor('zh-Hans', [taiwan, mainland])).toBe(mainland);
  });

  it("'es' takes 'es-US' when there is no plain 'es'", () => {
    expect(voiceFor('es', [english, spanish])).toBe(spanish);
  });

  it('prefers a voice on the device to one online', () => {
    const online = voice('en-US', 'Google US English', false);
    expect(voiceFor('en', [online, english])).toBe(english);
  });

  it('never takes an online voice, which would send what it reads to a speech service', () => {
    expect(voiceFor('en', [voice('en-US', 'Google US English', false)])).toBeUndefined();
  });

  it('an exact match comes first', () => {
    const plain = voice('es', 'Spanish');
    expect(voiceFor('es', [spanish, plain])).toBe(plain);
  });

  it('nothing for a language without a voice', () => {
    expect(voiceFor('ar', [english, french])).toBeUndefined();
  });
});
