// An XLIFF 2.0 file for translators, written and read through the `xliff` package (js2xliff,
// xliff2js). Two things the package does not keep (locize/xliff issue 51) are added and read with
// xml-js, the XML library it is built on: each segment's `state` and each unit's `<mda:metadata>`.
// Segments' text is read with xml-js too, because xliff2js drops a space that stands alone between
// two inline codes ("{{county}} {{state}}"), and a translation must come back exactly as written.
// No XML is written by hand here: every element goes through one of the two libraries.
import xml from 'xml-js';
import js2xliff, { type InlineElement, type XliffJs, type XliffUnit } from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';

/** XLIFF 2.0's segment states, from least to most settled. */
export const segmentStates = ['initial', 'translated', 'reviewed', 'final'] as const;
export type SegmentState = (typeof segmentStates)[number];

export type Inline = (string | InlineElement)[];

export interface UnitOut {
  /** The `<file>` it goes in. */
  file: string;
  id: string;
  source: Inline;
  target?: Inline;
  state: SegmentState;
  notes: string[];
  /** Kept with the unit in `<mda:metadata>`, for the import to read back. */
  meta: Record<string, string>;
}

export interface DocumentOut {
  sourceLanguage: string;
  targetLanguage: string;
  units: UnitOut[];
}

/** A unit as read back: its segments' target content as xml-js nodes, to be read against the source. */
export interface UnitIn {
  file: string;
  id: string;
  meta: Record<string, string>;
  /** The weakest state of its segments (a tool may split a unit into several). */
  state: string;
  /** Every segment's and ignorable's target, in order; undefined where a segment has none. */
  parts: ({ nodes: xml.Element[]; lang?: string } | undefined)[];
  /** Every segment's and ignorable's source, in order. */
  sources: xml.Element[][];
}

export type DocumentIn = { sourceLanguage?: string; targetLanguage?: string; units: UnitIn[] } | { problem: string };

const metadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0';
/** The group of this tool's metadata in each unit. */
export const metaCategory = 'what-should-i-do';

/** js2xliff and xml-js write attribute values as they are, escaping only quotes. */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An inline code's attributes, ready for js2xliff (see escapeAttribute). */
export function inlineAttributes({ id, ...attributes }: { id: string } & Record<string, string | undefined>): { id: string } & Record<string, string> {
  return {
    id,
    ...Object.fromEntries(Object.entries(attributes).flatMap(([name, value]) => (value === undefined ? [] : [[name, escapeAttribute(value)]]))),
  };
}

const element = (name: string, attributes: Record<string, string> | undefined, elements: xml.Element[]): xml.Element => ({
  type: 'element',
  name,
  ...(attributes ? { attributes } : {}),
  elements,
});

const localName = (node: xml.Element) => (node.name ?? '').split(':').pop();
const childElements = (node: xml.Element) => (node.elements ?? []).filter((child) => child.type === 'element');

/** Elements that hold only other elements: indented one per line, so a person can read the file too.
 *  Never inside source, target or note, where every space is the translation's. */
const structural = new Set(['xliff', 'file', 'group', 'unit', 'notes', 'segment', 'ignorable', 'mda:metadata', 'mda:metaGroup']);

function indent(node: xml.Element, depth: number): xml.Element {
  if (!structural.has(node.name ?? '') || !node.elements?.length) return node;
  const line = (level: number): xml.Element => ({ type: 'text', text: `\n${'  '.repeat(level)}` });
  return {
    ...node,
    elements: [...node.elements.flatMap((child) => [line(depth + 1), indent(child, depth + 1)]), line(depth)],
  };
}

/** The XLIFF 2.0 file, as text. */
export async function writeDocument(document: DocumentOut): Promise<string> {
  const resources: NonNullable<XliffJs['resources']> = {};
  for (const unit of document.units) {
    const entry: XliffUnit = { source: unit.source, additionalAttributes: { canResegment: 'no' } };
    if (unit.target !== undefined) entry.target = unit.target;
    if (unit.notes.length > 0) entry.note = unit.notes;
    (resources[unit.file] ??= {})[unit.id] = entry;
  }
  // No indent: with one, js2xliff puts line breaks inside <source> and <target>.
  const written = await js2xliff({ sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage, resources }, { indent: '' });
  const tree = xml.xml2js(written, { captureSpacesBetweenElements: true }) as xml.Element;
  const root = childElements(tree)[0];
  root.attributes = { ...root.attributes, 'xmlns:mda': metadataNamespace };
  const byId = new Map(document.units.map((unit) => [`${unit.file}\n${unit.id}`, unit]));
  for (const file of childElements(root)) {
    for (const unitElement of childElements(file)) {
      const unit = byId.get(`${file.attributes?.id}\n${unitElement.attributes?.id}`);
      if (!unit) throw new Error(`js2xliff wrote a unit that was not asked for: ${String(unitElement.attributes?.id)}`);
      const metas = Object.entries(unit.meta).map(([type, value]) => element('mda:meta', { type }, [{ type: 'text', text: value }]));
      const metadata = element('mda:metadata', undefined, [element('mda:metaGroup', { category: metaCategory }, metas)]);
      for (const segment of childElements(unitElement)) if (segment.name === 'segment') segment.attributes = { ...segment.attributes, state: unit.state };
      // The Metadata module's element comes first in a unit, before its notes and segments.
      unitElement.elements = [metadata, ...(unitElement.elements ?? [])];
    }
  }
  const write = (document: xml.Element) => xml.js2xml(document, { attributeValueFn: (value: string) => escapeAttribute(value) } as xml.Options.JS2XML);
  return `${write({ declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } } })}\n${write({ elements: [indent(root, 0)] })}\n`;
}

/** `<mda:meta type>` → its text, for this tool's group of a unit's metadata. */
function readMeta(elements: readonly xml.Element[] | undefined): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const metadata of elements ?? []) {
    if (localName(metadata) !== 'metadata') continue;
    for (const group of childElements(metadata)) {
      if (localName(group) !== 'metaGroup' || group.attributes?.category !== metaCategory) continue;
      for (const item of childElements(group)) {
        if (localName(item) === 'meta' && typeof item.attributes?.type === 'string') {
          meta[item.attributes.type] = (item.elements ?? []).map((node) => String(node.text ?? node.cdata ?? '')).join('');
        }
      }
    }
  }
  return meta;
}

/** Each unit under a file or group, with the ids of the groups it is in left out (ids are the file's). */
function rawUnits(parent: xml.Element): xml.Element[] {
  return childElements(parent).flatMap((child) => (localName(child) === 'unit' ? [child] : localName(child) === 'group' ? rawUnits(child) : []));
}

function libraryUnits(units: Record<string, XliffUnit>): [string, XliffUnit][] {
  return Object.entries(units).flatMap(([id, unit]) => (unit.groupUnits ? libraryUnits(unit.groupUnits) : [[id, unit] as [string, XliffUnit]]));
}

/** A language tag in its canonical case (`zh-hans` is `zh-Hans`); as it is when it is not a tag. */
export function canonicalLanguage(tag: string | undefined): string | undefined {
  try {
    return tag === undefined ? undefined : Intl.getCanonicalLocales(tag)[0];
  } catch {
    return tag;
  }
}

/** The file read back, or why it cannot be read at all. */
export async function readDocument(text: string): Promise<DocumentIn> {
  let tree: xml.Element;
  try {
    tree = xml.xml2js(text, { captureSpacesBetweenElements: true }) as xml.Element;
  } catch (error) {
    return { problem: `not an XML file (${String((error as Error).message).split('\n')[0]})` };
  }
  const root = childElements(tree)[0];
  if (!root || localName(root) !== 'xliff') return { problem: `not an XLIFF file (it begins with <${root?.name ?? 'nothing'}>, not <xliff>)` };
  const version = String(root.attributes?.version ?? '');
  if (!/^2\.\d$/.test(version)) {
    return { problem: `XLIFF ${version || 'without a version'}: the translator's tool must give the file back as XLIFF 2.0, as it was sent` };
  }
  let read: XliffJs;
  try {
    read = await xliff2js(text, {});
  } catch (error) {
    return { problem: `an XLIFF file that cannot be read (${String((error as Error).message).split('\n')[0]})` };
  }
  const files = new Map(childElements(root).filter((child) => localName(child) === 'file').map((file) => [String(file.attributes?.id), file]));
  const units: UnitIn[] = [];
  for (const [fileId, fileUnits] of Object.entries(read.resources ?? {})) {
    const known = new Map(libraryUnits(fileUnits));
    for (const unitElement of rawUnits(files.get(fileId) ?? { type: 'element' })) {
      const id = String(unitElement.attributes?.id);
      const meta = readMeta(known.get(id)?.additionalElements);
      const pieces = childElements(unitElement).filter((child) => localName(child) === 'segment' || localName(child) === 'ignorable');
      const sources = pieces.map((piece) => childElements(piece).find((child) => localName(child) === 'source')?.elements ?? []);
      const parts = pieces.map((part) => {
          const target = childElements(part).find((child) => localName(child) === 'target');
          // Between segments, an ignorable's text (a space) stands as it is when it has no target.
          const content = target ?? (localName(part) === 'ignorable' ? childElements(part).find((child) => localName(child) === 'source') : undefined);
          return content ? { nodes: content.elements ?? [], lang: canonicalLanguage(target?.attributes?.['xml:lang'] as string | undefined) } : undefined;
        });
      const states = childElements(unitElement)
        .filter((child) => localName(child) === 'segment')
        .map((segment) => String(segment.attributes?.state ?? 'initial'));
      const weakest = states.reduce<string>(
        (lowest, state) => (segmentStates.indexOf(state as SegmentState) < segmentStates.indexOf(lowest as SegmentState) ? state : lowest),
        states[0] ?? 'initial',
      );
      units.push({ file: fileId, id, meta, state: states.find((state) => !(segmentStates as readonly string[]).includes(state)) ?? weakest, parts, sources });
    }
  }
  return { sourceLanguage: canonicalLanguage(read.sourceLanguage), targetLanguage: canonicalLanguage(read.targetLanguage), units };
}
