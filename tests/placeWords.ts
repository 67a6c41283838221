// Locale words as a person reads them: the place's names (src/jurisdiction) filled into
// {{county}}, {{state}} and {{place}}, as i18next fills them on screen.
import { place } from '../src/jurisdiction/currentPlace';
import { localize } from '../src/jurisdiction/types';

type Tree = string | { [key: string]: Tree };

export function withPlaceNames<T>(tree: T, language: string): T {
  const fill = (node: Tree): Tree =>
    typeof node === 'string'
      ? node.replace(/\{\{(county|state|place)\}\}/g, (_, name: keyof typeof place.names) => localize(place.names[name], language))
      : Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
  return fill(tree as Tree) as T;
}
