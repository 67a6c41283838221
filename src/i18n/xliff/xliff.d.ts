// Types for the parts of the `xliff` package (locize/xliff, i18next's ecosystem) the translation
// tools use: it ships none. Shapes as its README and its source (6.4.0) describe them.

declare module 'xliff/js2xliff' {
  /** Text, or an inline code: `{ Standalone: {...} }` is `<ph>`, `{ Span: {..., contents} }` is `<pc>`
   *  in XLIFF 2.0; every other property becomes an attribute of the element. */
  export type InlineValue = string | InlineElement | (string | InlineElement)[];
  export type InlineElement = { [type: string]: { id: string; contents?: InlineValue; [attribute: string]: unknown } };

  export interface XliffUnit {
    source?: InlineValue;
    target?: InlineValue;
    /** One `<note>` each. */
    note?: string | string[];
    /** Attributes of `<unit>` besides its id. */
    additionalAttributes?: Record<string, string>;
    /** Read only: the unit's elements the package does not model (such as `<mda:metadata>`), as xml-js elements. */
    additionalElements?: import('xml-js').Element[];
    groupUnits?: Record<string, XliffUnit>;
  }

  export interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    /** `<file id>` → `<unit id>` → unit. */
    resources?: Record<string, Record<string, XliffUnit>>;
  }

  /** `indent: ''` writes no line breaks: with any indent the package also indents inside `<source>`. */
  export default function js2xliff(js: XliffJs, options: { indent?: string; targetXliffVersion?: '2.0' }): Promise<string>;
}

declare module 'xliff/xliff2js' {
  import type { XliffJs } from 'xliff/js2xliff';
  export default function xliff2js(xml: string, options: Record<string, never>): Promise<XliffJs>;
}
