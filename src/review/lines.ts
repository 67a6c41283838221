// A rendered screen as the lines a person reads, in order: each heading, paragraph, list item,
// button and disclosure, with the addresses its links go to. The review pack lists them, and pairs
// a translation's lines with the English ones by what kind of line each is.
import { JSDOM } from 'jsdom';

export type LineKind = 'heading' | 'text' | 'item' | 'link' | 'button' | 'disclosure' | 'choice' | 'quote';

export interface Line {
  kind: LineKind;
  /** The heading's level, where it is one. */
  level?: number;
  text: string;
  /** Where the line's links go, in order. */
  links: string[];
  /** Shown only on the printed handout, or only on screen. */
  only?: 'print' | 'screen';
}

/** The elements a line is read from. */
const blocks = 'h1, h2, h3, h4, p, li, summary, button, label, option, blockquote, a';
/** Lines that hold their own text: anything inside one is read with it. */
const leaves = 'h1, h2, h3, h4, p, summary, button, label, option, a';

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function kindOf(element: Element): LineKind {
  const tag = element.tagName.toLowerCase();
  if (/^h\d$/.test(tag)) return 'heading';
  if (tag === 'li') return 'item';
  if (tag === 'summary') return 'disclosure';
  if (tag === 'option') return 'choice';
  if (tag === 'a') return 'link';
  // A paragraph holding nothing but a button is that button.
  if (tag === 'button' || (tag === 'p' && element.children.length === 1 && element.children[0].tagName === 'BUTTON' && clean(element.textContent ?? '') === clean(element.children[0].textContent ?? ''))) return 'button';
  return element.closest('blockquote') ? 'quote' : 'text';
}

export function linesOf(html: string): Line[] {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  const lines: Line[] = [];
  for (const element of document.body.querySelectorAll(blocks)) {
    // Hidden parts (the stand-ins kept in the page for when the app fails) are not on this screen.
    if (element.closest('[hidden]')) continue;
    if (element.parentElement?.closest(leaves)) continue;
    // A list item or quote made of paragraphs or buttons: those are its lines.
    if (element.matches('li, blockquote') && element.querySelector(blocks)) continue;
    const text = clean(element.textContent ?? '');
    if (!text) continue;
    const kind = kindOf(element);
    const links = [...(element.matches('a') ? [element] : element.querySelectorAll('a'))].map((link) => link.getAttribute('href') ?? '');
    const only = element.closest('.print-only') ? 'print' : element.closest('.no-print') ? 'screen' : undefined;
    lines.push({ kind, ...(kind === 'heading' ? { level: Number(element.tagName[1]) } : {}), text, links, ...(only ? { only } : {}) });
  }
  return lines;
}

/**
 * Pairs two renderings of one screen line by line (a translation and its English), matching lines of
 * the same kind in order; a line that only one of them has is paired with nothing.
 */
export function pairLines(left: readonly Line[], right: readonly Line[]): [Line | undefined, Line | undefined][] {
  const key = (line: Line) => `${line.kind}${line.level ?? ''}${line.links.length}`;
  // Longest common subsequence of the lines' kinds: the usual way to line up two versions of a text.
  const table = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0));
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      table[i][j] = key(left[i]) === key(right[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: [Line | undefined, Line | undefined][] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i < left.length && j < right.length && key(left[i]) === key(right[j])) pairs.push([left[i++], right[j++]]);
    else if (j >= right.length || (i < left.length && table[i + 1][j] >= table[i][j + 1])) pairs.push([left[i++], undefined]);
    else pairs.push([undefined, right[j++]]);
  }
  return pairs;
}
