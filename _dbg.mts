import { readFileSync } from 'node:fs';
import { prepareArticle } from '/work/main/src/corpus/prepare.ts';
import { extractRawStatements } from '/work/main/src/attribution/extract.ts';
const [id, needle] = process.argv.slice(2);
const text = readFileSync(id!.includes('/') ? id! : `/work/shared/eval/polnear-dev/texts/${id}.txt`, 'utf8');
const a = prepareArticle({ id: id!, origin: id!, text, headlineInText: true });
const st = extractRawStatements(a);
for (const s of a.sentences) {
  if (needle && !s.text.includes(needle)) continue;
  console.log(`S[${s.paragraph}${s.insideQuote ? 'q' : ''}] ${s.text}`);
  for (const x of st.filter((x) => x.start < s.end && x.end > s.start)) console.log(`   -> ${x.kind} [${x.mention?.text}|${x.mention?.kind}|${x.mention?.name}|${x.mention?.role}] <${x.cue?.text}> ${text.slice(x.start, x.end).slice(0, 100)}`);
}
