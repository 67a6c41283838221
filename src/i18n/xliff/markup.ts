// The parts of a sentence a translator must keep: {{placeholders}} (filled in by the app) and
// <tag>…</tag> pairs (such as <call>, the number that dials). A sentence is read into a small tree,
// so the XLIFF file can carry each part as an inline code and the import can check that a
// translation kept every one of them, in the same tags, and every number of the English.

export type Part = string | { placeholder: string } | { tag: string; children: Part[] };

/** `{{number}}` (any i18next form: `{{count, number}}`, `{{- name}}`), or a tag `<call>`, `</call>`. */
const token = /(\{\{[^{}]*\}\})|<(\/?)([A-Za-z][\w-]*)>/g;

/** The sentence as a tree of text, placeholders and tags; a tag left open or closed twice is an error. */
export function parse(text: string): { parts: Part[] } | { error: string } {
  const stack: { tag: string; children: Part[] }[] = [{ tag: '', children: [] }];
  let last = 0;
  for (const match of text.matchAll(token)) {
    const top = stack[stack.length - 1];
    if (match.index > last) top.children.push(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [, placeholder, closing, tag] = match;
    if (placeholder) top.children.push({ placeholder });
    else if (!closing) stack.push({ tag, children: [] });
    else if (top.tag === tag) {
      stack.pop();
      stack[stack.length - 1].children.push(top);
    } else return { error: `the tag </${tag}> closes a tag that is not open` };
  }
  if (stack.length > 1) return { error: `the tag <${stack[stack.length - 1].tag}> is never closed` };
  if (last < text.length) stack[0].children.push(text.slice(last));
  return { parts: stack[0].children };
}

/** The sentence again, exactly as the locale files write it. */
export function print(parts: readonly Part[]): string {
  return parts
    .map((part) =>
      typeof part === 'string' ? part : 'placeholder' in part ? part.placeholder : `<${part.tag}>${print(part.children)}</${part.tag}>`,
    )
    .join('');
}

/** Every placeholder and tag with the tags around it ("call > {{number}}"), and the sentence's own text. */
function inventory(parts: readonly Part[], around: string[] = []): { codes: string[]; text: string } {
  const codes: string[] = [];
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') text += part;
    else if ('placeholder' in part) codes.push([...around, part.placeholder].join(' > '));
    else {
      codes.push([...around, `<${part.tag}>…</${part.tag}>`].join(' > '));
      const inner = inventory(part.children, [...around, `<${part.tag}>…</${part.tag}>`]);
      codes.push(...inner.codes);
      text += ` ${inner.text} `;
    }
  }
  return { codes, text };
}

const tally = (items: string[]) => items.reduce((counts, item) => counts.set(item, (counts.get(item) ?? 0) + 1), new Map<string, number>());

/** A code in words: "the placeholder {{number}}", "the tag <call>…</call>". */
const named = (code: string) => (code.startsWith('{{') ? `the placeholder ${code}` : `the tag ${code}`);

/** i18next fills `{{count}}` into every plural form, and a form may spell its number out ("once"). */
export const countPlaceholder = '{{count}}';

/**
 * What is wrong with a translation of `english`, in plain words: a placeholder or tag missing,
 * added or moved out of its tag, or a number of the English changed. `plural`: the translation is
 * one form of a plural, which may leave out or add `{{count}}`.
 */
export function checkTranslation(english: string, translation: string, plural = false): string[] {
  const source = parse(english);
  const target = parse(translation);
  if ('error' in source) return [`the English itself is broken (${source.error})`];
  if ('error' in target) return [target.error];
  const bare = (path: string) => path.split(' > ').pop()!;
  const kept = (path: string) => !(plural && bare(path) === countPlaceholder);
  const from = inventory(source.parts);
  const to = inventory(target.parts);
  const wantPaths = tally(from.codes.filter(kept));
  const havePaths = tally(to.codes.filter(kept));
  const want = tally(from.codes.filter(kept).map(bare));
  const have = tally(to.codes.filter(kept).map(bare));
  const reasons: string[] = [];
  for (const code of new Set([...want.keys(), ...have.keys()])) {
    const wanted = want.get(code) ?? 0;
    const found = have.get(code) ?? 0;
    if (found === wanted) continue;
    if (found === 0) reasons.push(`${named(code)} is missing`);
    else if (wanted === 0) reasons.push(`${named(code)} is added: the English has no such part`);
    else reasons.push(`${named(code)} is there ${found} time(s), but ${wanted} time(s) in the English`);
  }
  // Every part kept, but one moved out of (or into) a tag: "<call>{{number}}</call>" must stay a link.
  const moved = new Set<string>();
  for (const [path, count] of wantPaths) {
    const code = bare(path);
    const tagsKept = path.split(' > ').slice(0, -1).every((tag) => have.has(tag));
    if (want.get(code) === have.get(code) && (havePaths.get(path) ?? 0) < count && tagsKept && !moved.has(code)) {
      moved.add(code);
      const around = path.split(' > ').slice(0, -1);
      reasons.push(`${named(code)} has moved: ${around.length > 0 ? `it belongs inside ${around.join(' inside ')}` : 'it belongs outside every tag'}, as in the English`);
    }
  }
  const digits = (text: string) => new Set(text.match(/\d+/g) ?? []);
  const numbers = digits(to.text);
  for (const number of digits(from.text)) {
    if (!numbers.has(number)) reasons.push(`the number ${number} of the English is missing or changed`);
  }
  return reasons;
}
