/** Hostile questions: random Unicode, very long text, empty, punctuation, markdown, mentions. */
export function fuzzQuestions(count: number, seed: number): string[] {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const int = (n: number): number => Math.floor(random() * n);
  const unicode = (length: number): string =>
    Array.from({ length }, () => {
      const planes = [0x20, 0x80, 0x400, 0x600, 0x3040, 0x4e00, 0x1f300, 0xd800];
      const base = planes[int(planes.length)] ?? 0x20;
      const code = base + int(0x100);
      // Lone surrogates on purpose: they arrive from broken clients.
      return base === 0xd800 ? String.fromCharCode(code) : String.fromCodePoint(code);
    }).join('');
  const makers: (() => string)[] = [
    () => unicode(1 + int(200)),
    () => unicode(6000),
    () => 'x'.repeat(6000),
    () => '',
    () => ' \t\n ',
    () => '?!.,;:'.repeat(1 + int(50)),
    () => '**Who said** _Daesh_ `must` be ~~eliminated~~ [everywhere](https://example.com)?',
    () => '@everyone @here <@123456789012345678> <@&987654321098765432> who said overlap?',
    () => `Who said ${'"'.repeat(int(20))}${unicode(20)}${'“'.repeat(int(5))}?`,
    () => `What did ${unicode(10)} say about ${unicode(10)}?`,
    () => 'Who said Daesh must be eliminated everywhere?',
    () => `${'Who said '.repeat(200)}`,
    () => '\u0000\u0001\u0002 who \u200b\u200d said \ufeff overlap',
    () => `${'a '.repeat(3000)}`,
  ];
  return Array.from({ length: count }, () => makers[int(makers.length)]?.() ?? '');
}
