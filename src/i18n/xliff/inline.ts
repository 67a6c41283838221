// A sentence's placeholders and tags as XLIFF inline codes, and back: `{{number}}` becomes
// `<ph id="1" disp="{{number}}" equiv="{{number}}"/>` and `<call>…</call>` becomes
// `<pc id="2" dispStart="<call>" dispEnd="</call>">…</pc>`, so a CAT tool shows them as protected
// tags instead of letting a translator retype them. A code keeps its id from the English source to
// the translation, which is how the import knows which placeholder or tag each one is.
import type xml from 'xml-js';
import type { InlineElement } from 'xliff/js2xliff';
import { inlineAttributes, type Inline } from './document';
import { countPlaceholder, parse, type Part } from './markup';

/** An inline code of the English source, by its id. */
type Code = { placeholder: string } | { tag: string };

/** The English sentence's codes in order, numbered from 1. */
export function sourceCodes(english: string): Map<string, Code> {
  const parsed = parse(english);
  const codes = new Map<string, Code>();
  const visit = (parts: readonly Part[]) => {
    for (const part of parts) {
      if (typeof part === 'string') continue;
      codes.set(String(codes.size + 1), 'placeholder' in part ? { placeholder: part.placeholder } : { tag: part.tag });
      if ('tag' in part) visit(part.children);
    }
  };
  if (!('error' in parsed)) visit(parsed.parts);
  return codes;
}

const sameCode = (a: Code, b: Code) => ('placeholder' in a && 'placeholder' in b ? a.placeholder === b.placeholder : 'tag' in a && 'tag' in b && a.tag === b.tag);

/**
 * A sentence as inline content. The English numbers its codes; a translation takes the id of the
 * English code it matches (the first placeholder {{number}} is the English's first {{number}}), and
 * a code the English lacks (a plural form's {{count}}) gets an id of its own. `plural`: {{count}}
 * may be left out, so it is not marked as a code the translator must keep.
 */
export function toInline(text: string, english: string, plural: boolean): Inline {
  const parsed = parse(text);
  // A sentence whose tags do not pair goes out as plain text; the import will say what is wrong.
  if ('error' in parsed) return [text];
  const codes = [...sourceCodes(english)];
  const used = new Set<string>();
  let extra = codes.length;
  const idFor = (code: Code) => {
    const match = codes.find(([id, candidate]) => !used.has(id) && sameCode(candidate, code));
    const id = match ? match[0] : String(++extra);
    used.add(id);
    return id;
  };
  const convert = (parts: readonly Part[]): Inline =>
    parts.map((part): string | InlineElement => {
      if (typeof part === 'string') return part;
      if ('placeholder' in part) {
        const optional = plural && part.placeholder === countPlaceholder;
        const attributes = { id: idFor(part), disp: part.placeholder, equiv: part.placeholder, canCopy: 'no', canDelete: optional ? undefined : 'no' };
        return { Standalone: inlineAttributes(attributes) };
      }
      const id = idFor({ tag: part.tag });
      const attributes = { id, dispStart: `<${part.tag}>`, dispEnd: `</${part.tag}>`, canCopy: 'no', canDelete: 'no' };
      return { Span: { ...inlineAttributes(attributes), contents: convert(part.children) } };
    });
  return convert(parsed.parts);
}

const local = (node: xml.Element) => (node.name ?? '').split(':').pop();
const attribute = (node: xml.Element, name: string) => (typeof node.attributes?.[name] === 'string' ? (node.attributes[name] as string) : undefined);

/**
 * A translation read back from XLIFF inline content, in the locale files' own form, or what makes
 * it unreadable. Codes are recognised by the id they share with the English source; a code the
 * source does not have is read from what it displays, when that is a placeholder or a tag.
 */
export function fromInline(nodes: readonly xml.Element[], english: string): { text: string } | { error: string } {
  const codes = sourceCodes(english);
  const starts = new Map<string, string>();
  const problems: string[] = [];
  const code = (node: xml.Element): Code | undefined => {
    const known = codes.get(attribute(node, 'id') ?? '');
    if (known) return known;
    const shown = attribute(node, 'equiv') ?? attribute(node, 'disp') ?? attribute(node, 'dispStart') ?? attribute(node, 'equivStart') ?? '';
    if (/^\{\{[^{}]*\}\}$/.test(shown)) return { placeholder: shown };
    const tag = /^<([A-Za-z][\w-]*)>$/.exec(shown);
    return tag ? { tag: tag[1] } : undefined;
  };
  const read = (list: readonly xml.Element[]): string =>
    list
      .map((node) => {
        if (node.type === 'text') return String(node.text ?? '');
        if (node.type === 'cdata') return String(node.cdata ?? '');
        if (node.type !== 'element') return '';
        const name = local(node);
        const found = name === 'ph' || name === 'pc' || name === 'sc' ? code(node) : undefined;
        switch (name) {
          case 'ph':
            if (found && 'placeholder' in found) return found.placeholder;
            break;
          case 'pc':
            if (found && 'tag' in found) return `<${found.tag}>${read(node.elements ?? [])}</${found.tag}>`;
            break;
          // A tool may write a paired code as a start and an end (across segments).
          case 'sc':
            if (found && 'tag' in found) {
              starts.set(attribute(node, 'id') ?? '', found.tag);
              return `<${found.tag}>`;
            }
            break;
          case 'ec': {
            const tag = starts.get(attribute(node, 'startRef') ?? '') ?? /^<\/([A-Za-z][\w-]*)>$/.exec(attribute(node, 'dispEnd') ?? attribute(node, 'disp') ?? '')?.[1];
            if (tag) return `</${tag}>`;
            break;
          }
          // Annotations a tool adds (a term, a comment) wrap text that stays; markers hold none.
          case 'mrk':
            return read(node.elements ?? []);
          case 'sm':
          case 'em':
            return '';
          case 'cp':
            return String.fromCodePoint(Number.parseInt(attribute(node, 'hex') ?? '0', 16));
        }
        problems.push(`it has an inline code <${node.name}${attribute(node, 'id') ? ` id="${attribute(node, 'id')}"` : ''}> that is not a placeholder or tag of the English`);
        return '';
      })
      .join('');
  const text = read(nodes);
  return problems.length > 0 ? { error: problems.join('; ') } : { text };
}
