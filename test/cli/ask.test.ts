import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { inputLines } from '../../src/cli/commands/ask.js';
import { ROOT } from '../helpers.js';
import { cli } from './run-cli.js';

describe('cli ask', () => {
  it('answers one question as one JSON object in the agreed shape', async () => {
    const { code, out } = await cli('ask', '--json', 'Who said Daesh must be eliminated everywhere?');
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer).toMatchObject({ question: 'Who said Daesh must be eliminated everywhere', intent: 'who-said', found: true, answer: expect.any(String) });
    expect(answer.quotes[0]).toMatchObject({ speaker: 'Francois Hollande', kind: 'direct' });
    expect(answer.quotes[0].sources.map((s: { id: string }) => s.id)).toEqual(['000_d563a54a6b87c5ad', '003_9e694b97f3d1b272']);
  });

  it('prints readable text with links without --json', async () => {
    const { out } = await cli('ask', 'Which outlets reported that Daesh must be eliminated everywhere?');
    expect(out).toMatch(/“Daesh must be eliminated everywhere\. Any stronghold represents a threat\.”/);
    expect(out).toMatch(/DW, 2016-10-25: https:\/\/www\.dw\.com\/en\/.*#:~:text=/);
  });

  it('answers each line of stdin in order, one JSON object a line, a blank line included', async () => {
    const run = promisify(execFile);
    const child = run('npm', ['run', 'cli', '--', 'ask', '--json'], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' } });
    // Seven lines: a blank one, one of spaces and a tab, a bare "\r", a "\r" inside a question, CRLF, and no final newline.
    child.child.stdin?.end('Who is the Pentagon chief?\n\n  \t\n\r\nWho said the moon\ris made of cheese?\r\nList the sources\r\nWho said the moon is made of cheese?');
    const { stdout } = await child;
    expect(stdout.endsWith('\n')).toBe(true);
    const answers = stdout.slice(0, -1).split('\n').map((line) => JSON.parse(line) as { intent: string; found: boolean; answer: string });
    expect(answers.map((a) => [a.intent, a.found])).toEqual([
      ['who-is', true],
      ['search', false],
      ['search', false],
      ['search', false],
      ['who-said', false],
      ['sources', true],
      ['who-said', false],
    ]);
    for (const blank of answers.slice(1, 4)) expect(blank.answer).toMatch(/^Ask a question about the coverage/);
  });

  it('splits stdin on "\\n" only, strips one "\\r" before it, and keeps blank lines', async () => {
    async function* chunks(): AsyncGenerator<string | Buffer> {
      yield 'one\r\n\n  \n\r';
      yield '\ntwo\rstill two\r\r\nthr';
      yield Buffer.from('ee é');
      yield Buffer.from([0xc3]); // the first byte of "é", the second in the next chunk
      yield Buffer.from([0xa9, 0x0a]);
    }
    const lines: string[] = [];
    for await (const line of inputLines(chunks())) lines.push(line);
    expect(lines).toEqual(['one', '', '  ', '', 'two\rstill two\r', 'three éé']);
  });
});
