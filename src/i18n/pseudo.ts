// Development only: a pseudo-locale that accents and lengthens every English string, so text that
// is not translated (plain ASCII on screen) or does not fit (clipped) stands out at a glance.

type Tree = { [key: string]: string | Tree };

const accents: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', y: 'ý', c: 'ç', n: 'ñ',
  A: 'Å', E: 'É', I: 'Î', O: 'Ø', U: 'Û', Y: 'Ý', C: 'Ç', N: 'Ñ',
};

/** Accents letters outside {{placeholders}} and <tags>, and adds about 40% length. */
export function pseudoLocalize(tree: Tree): Tree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? pseudo(value) : pseudoLocalize(value)]),
  );
}

function pseudo(text: string): string {
  const accented = text
    .split(/(\{\{\w+\}\}|<\/?\w+>)/)
    .map((part, index) => (index % 2 ? part : part.replace(/[a-zA-Z]/g, (letter) => accents[letter] ?? letter)))
    .join('');
  return `[${accented}${' ~'.repeat(Math.ceil(text.length / 5))}]`;
}
