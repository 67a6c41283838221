// What the soak test puts into the page before its scripts run, and how it measures the page.
// Timers are counted by wrapping setTimeout and setInterval (after Playwright's clock, when installed,
// so the fake ones are counted); event listeners, DOM nodes and the heap are the browser's own counts
// through the DevTools protocol, after a forced garbage collection.
import type { Page } from '@playwright/test';

/** In the page: counts live timers (a timeout until it runs or is cleared, an interval until cleared). */
export function countTimers() {
  const live = new Set<number>();
  const { setTimeout, clearTimeout, setInterval, clearInterval } = window;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = setTimeout(
      (...given: unknown[]) => {
        live.delete(id);
        if (typeof handler === 'function') handler(...given);
      },
      delay,
      ...args,
    );
    live.add(id);
    return id;
  }) as typeof window.setTimeout;
  const cleared = (clear: (id?: number) => void) => (id?: number) => {
    if (id !== undefined) live.delete(id);
    clear(id);
  };
  window.clearTimeout = cleared(clearTimeout) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = setInterval(handler, delay, ...args);
    live.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = cleared(clearInterval) as typeof window.clearInterval;
  Object.defineProperty(window, 'liveTimers', { get: () => live.size });
}

/**
 * In the page: the device has a local voice for every language (so Listen shows) and speaks each
 * text for 30 seconds (the page's clock); printing runs the browser's print events without a dialog
 * (headless has none).
 */
export function speakAndPrint(languages: string[]) {
  const voices = languages.map((code) => ({
    lang: code === 'zh-Hans' ? 'zh-CN' : code,
    name: `Local ${code}`,
    voiceURI: `local-${code}`,
    localService: true,
    default: code === 'en',
  }));
  const speech = window.speechSynthesis;
  speech.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
  // The real voice property takes only the browser's own voice objects.
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get(this: { chosenVoice?: unknown }) {
      return this.chosenVoice ?? null;
    },
    set(this: { chosenVoice?: unknown }, voice: unknown) {
      this.chosenVoice = voice;
    },
  });
  let speaking: SpeechSynthesisUtterance | undefined;
  let ending: number | undefined;
  speech.cancel = () => {
    const stopped = speaking;
    speaking = undefined;
    clearTimeout(ending);
    stopped?.dispatchEvent(new Event('error'));
  };
  speech.speak = (utterance) => {
    speech.cancel();
    speaking = utterance;
    ending = window.setTimeout(() => {
      speaking = undefined;
      utterance.dispatchEvent(new Event('end'));
    }, 30_000);
  };
  window.print = () => {
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
  };
}

export interface Figures {
  /** JS heap in use after a forced garbage collection, bytes. */
  heap: number;
  /** Every DOM node alive in the page's renderer (in the document or not). */
  nodes: number;
  /** Elements in the document. */
  elements: number;
  /** Every JS event listener alive in the renderer. */
  listeners: number;
  /** Listeners on window and document, where a hook that forgets to remove one leaves it. */
  globalListeners: number;
  /** setTimeout and setInterval timers still to run. */
  timers: number;
}

/** Measures the page after forcing garbage collection. */
export async function measure(page: Page): Promise<Figures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let round = 0; round < 3; round++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)!.value;
  let globalListeners = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    globalListeners += listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  }
  const [elements, timers] = await page.evaluate(() => [
    document.getElementsByTagName('*').length,
    (window as unknown as { liveTimers: number }).liveTimers,
  ]);
  await cdp.detach();
  return { heap: usedSize, nodes: metric('Nodes'), elements, listeners: metric('JSEventListeners'), globalListeners, timers };
}

/** Whether `later` is within the bounds of `earlier`: 10 % more at most (the heap: or 2 MB more). */
export function growth(earlier: Figures, later: Figures): string[] {
  const over: string[] = [];
  for (const key of Object.keys(earlier) as (keyof Figures)[]) {
    const allowed = key === 'heap' ? Math.max(earlier.heap * 1.1, earlier.heap + 2 * 1024 * 1024) : earlier[key] * 1.1;
    if (later[key] > allowed) over.push(`${key}: ${earlier[key]} → ${later[key]} (at most ${Math.floor(allowed)})`);
  }
  return over;
}
