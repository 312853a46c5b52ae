/** The help text, as data: a transport shows it as an embed or as console text. */
export interface HelpContent {
  title: string;
  intro: string;
  commands: { usage: string; what: string }[];
  examples: string[];
  note: string;
}

export const HELP: HelpContent = {
  title: 'QuoteWire: who said what in the news',
  intro:
    'Answers come from the articles themselves, never invented: who said what, which outlets reported it, and links to the sources. Quotations are shown in quotation marks; paraphrases are marked as such; anonymous sources are said to be anonymous.',
  commands: [
    { usage: '/ask question:<text>', what: 'Any question about the coverage.' },
    { usage: '/who-said statement:<text>', what: 'Who said something, and which outlets reported it.' },
    { usage: '/quotes speaker:<name> [topic:<text>]', what: "A speaker's statements, by any name, alias or role." },
    { usage: '/sources', what: 'The articles in the coverage, with links.' },
    { usage: '/help', what: 'This help.' },
  ],
  examples: [
    '/who-said statement:the bridge will reopen in May',
    '/quotes speaker:the mayor topic:budget',
    '/ask question:Which outlets reported that taxes will rise?',
    '/ask question:Who is the finance minister?',
  ],
  note: 'Add private:True to any command to see the answer alone.',
};
