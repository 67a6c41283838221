// Renders a translated sentence whose <tag>…</tag> parts become elements, such as the link in
// "In immediate danger? <call>Call 911</call>". A few lines instead of react-i18next's Trans,
// which would bring an HTML parser into the first screen's JavaScript.
import { Fragment, type ReactNode } from 'react';

interface Props {
  /** The translated text, placeholders already filled in. */
  text: string;
  /** For each tag name, the element that wraps the tag's text. */
  tags: Record<string, (children: string) => ReactNode>;
}

export function Markup({ text, tags }: Props) {
  // split() with two groups gives [text, tag, inner, text, tag, inner, ..., text].
  const parts = text.split(/<(\w+)>(.*?)<\/\1>/);
  const nodes: ReactNode[] = [];
  for (let index = 0; index < parts.length; index += 3) {
    nodes.push(parts[index]);
    const tag = parts[index + 1];
    if (tag !== undefined) nodes.push(tags[tag]?.(parts[index + 2]) ?? parts[index + 2]);
  }
  return (
    <>
      {nodes.map((node, index) => (
        <Fragment key={index}>{node}</Fragment>
      ))}
    </>
  );
}
