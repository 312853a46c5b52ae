/**
 * Answers as Discord messages: embeds within Discord's limits, statements
 * paginated with buttons whose custom_id the transport writes (see
 * src/discord/interactions/page-id.ts: the parsed request, the page and the
 * coverage version). `allowed_mentions` is always empty: nothing the bot says pings.
 */
import { comparisonFields } from './comparison.js';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import { leadingText, sourceName, speakerLabel, summaryNote, templates } from '../answer/templates.js';
import { windowOfPage, type Answer, type AnswerQuote, type ArticleListing, type ListWindow, type OutletFigure } from '../answer/types.js';
import { aboutLines, type AboutContent } from '../commands/about.js';
import type { Format } from '../commands/definitions.js';
import type { HelpContent } from '../commands/help.js';
import { DEFAULT_ATTACHMENT_LIMIT, describeExport, exportCsv, exportJson } from './export.js';
import { breakMentions, LIMITS, markdownLink, safeText, truncate, unbreakMentions } from './discord-text.js';
import { renderCoverageChart } from './coverage-chart.js';
import { chartNote, coverageFields } from './coverage-discord.js';

export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowed_mentions: { parse: [] };
  /** A line above the embeds (what an attached file holds). */
  content?: string;
  /** Files attached to the message (an exported list). */
  files?: { attachment: Buffer; name: string }[];
}

/** Statements on one page: few enough to read, and far inside the 6,000 characters of a message. */
const QUOTES_PER_PAGE = 4;
const ARTICLES_PER_PAGE = 10;

/** The articles page `page` of a list of sources shows here: what to ask the answer for. */
export const discordWindow = (page: number): ListWindow => windowOfPage(page, ARTICLES_PER_PAGE);
/** "Quoted in" under "who is" names this many sources, then counts the rest. */
const QUOTED_IN = 6;
const STATEMENT_CHARS = 600;
const COLOR = { found: 0x2b6cb0, missing: 0x9b2c2c, help: 0x2f855a, about: 0x4a5568 } as const;

/** The custom_id of the button that shows `page` of this answer. */
export type PageIdFor = (page: number) => string;

/** The question is shown in the footer, after this marker; a page button shows it again (the request itself is in its custom_id). */
const QUESTION_MARK = ' · Q: ';

export function questionFromFooter(footer: string | undefined): string | null {
  if (!footer) return null;
  const at = footer.indexOf(QUESTION_MARK);
  return at < 0 ? null : unbreakMentions(footer.slice(at + QUESTION_MARK.length));
}

function unlinkedSource(source: AnswerQuote['sources'][number]): string {
  const name = sourceName(source);
  return safeText(name.startsWith('article ') ? name : `${name} (${source.id})`);
}

function statementValue(quote: AnswerQuote): string {
  const words = safeText(truncate(quote.text, STATEMENT_CHARS));
  const said = quote.kind === 'direct' ? `“${words}”` : `${words}\n*(paraphrase${quote.kind === 'mixed' ? ', with quoted words' : ''})*`;
  // Without a link, the article's id tells apart two articles with one headline and says where to find it.
  const outlets = quote.sources.map((s) => `${s.link ?? s.url ? markdownLink(sourceName(s), s.link ?? s.url) : unlinkedSource(s)}${summaryNote(s)}`).join(' · ');
  const value = `${said}\n${outlets || '*no outlet on record*'}`;
  // Links are cut last: first the statement shrinks.
  return value.length <= LIMITS.fieldValue ? value : truncate(`${said.slice(0, LIMITS.fieldValue - outlets.length - 8)}…”\n${outlets}`, LIMITS.fieldValue);
}

/** A field name from the articles (outlet, speaker, role): Discord renders markdown there too, so it is escaped like any text. */
function fieldName(text: string): string {
  return truncate(safeText(text), LIMITS.fieldName);
}

function quoteField(quote: AnswerQuote): APIEmbedField {
  const label = speakerLabel(quote);
  return { name: fieldName(label.charAt(0).toUpperCase() + label.slice(1)), value: statementValue(quote) };
}

function pageCount(items: number, perPage: number): number {
  return Math.max(1, Math.ceil(items / perPage));
}

function buttons(page: number, pages: number, pageIdFor: PageIdFor | undefined): APIActionRowComponent<APIButtonComponent>[] {
  if (pages <= 1 || !pageIdFor) return [];
  const button = (label: string, target: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: truncate(pageIdFor(target), LIMITS.customId), disabled,
  });
  // Two buttons may not share a custom_id: at the ends the disabled one points at an impossible page.
  return [{
    type: ComponentType.ActionRow,
    components: [
      button('◀ Previous', page > 1 ? page - 1 : 0, page <= 1),
      button('Next ▶', page < pages ? page + 1 : 9999, page >= pages),
    ],
  }];
}

function footer(answer: Answer, page: number, pages: number, count: string): { text: string } {
  const position = pages > 1 ? `Page ${page}/${pages} · ` : '';
  return { text: truncate(`${position}${count}${QUESTION_MARK}${breakMentions(answer.question)}`, LIMITS.footer) };
}

function titleOf(answer: Answer): string {
  switch (answer.intent) {
    case 'who-said':
      return 'Who said it';
    case 'which-outlets':
      return 'Which outlets reported it';
    case 'speaker-quotes': {
      // Several people (a group, a role two hold): the words asked about name them all.
      const speakers = new Set(answer.quotes.map((q) => q.speaker));
      const who = speakers.size === 1 ? answer.quotes[0]?.speaker : answer.understood.speaker;
      return who ? `${who.charAt(0).toUpperCase()}${who.slice(1)}: statements` : 'Statements';
    }
    case 'who-is':
      return answer.speaker?.name ?? 'Who is it';
    case 'how-many':
      return 'How many';
    case 'top-voices':
      return 'Quoted most';
    case 'sources':
      return 'Sources';
    case 'search':
      return 'In the coverage';
    case 'coverage':
      return `Coverage: ${answer.understood.topic ?? ''}`;
    case 'compare':
      return 'How the outlets reported it';
    case 'figures':
      return 'Figures by outlet';
  }
}

function articleField(article: ArticleListing): APIEmbedField {
  const headline = safeText(truncate(article.headline ?? '(no headline)', 300));
  const when = article.published ? ` · ${article.published}` : '';
  const wires = article.wires.length > 0 ? ` · ${safeText(article.wires.join(', '))}` : '';
  const summary = article.summaryOnly ? ' · summary only' : '';
  // What it shares comes last: a field too long for Discord loses that, never the headline and its link.
  const shared = article.shares ? `\n${safeText(templates.sharedText(article.shares))}` : '';
  return {
    // Never a bare id as if it were an outlet; the headline is in the value below.
    name: fieldName(article.outlet ?? `article ${article.id}`),
    value: truncate(`${markdownLink(headline, article.url)}${when}${wires}${summary} · ${article.statements} statement${article.statements === 1 ? '' : 's'}${shared}`, LIMITS.fieldValue),
  };
}

/** A field an outlet: each of its sentences with the figures in bold, and a link to it. */
function figureFields(figures: readonly OutletFigure[]): APIEmbedField[] {
  const byOutlet = new Map<string, OutletFigure[]>();
  for (const figure of figures) {
    const name = sourceName(figure.sentence.source);
    byOutlet.set(name, [...(byOutlet.get(name) ?? []), figure]);
  }
  return [...byOutlet].map(([name, own]) => ({
    name: fieldName(name),
    value: truncate(own.map((f) => `**${safeText(f.figures.join(', '))}** — ${safeText(truncate(f.sentence.text, 350))}\n${markdownLink('Read it', f.sentence.source.link ?? f.sentence.source.url)}`).join('\n'), LIMITS.fieldValue),
  }));
}

/** The total Discord counts towards the 6,000-character limit of a message. */
export function embedLength(embed: APIEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) + (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
}

function message(embed: APIEmbed, components: DiscordMessage['components']): DiscordMessage {
  // A last guard: drop fields from the end until the message fits.
  while (embedLength(embed) > LIMITS.embedTotal && (embed.fields?.length ?? 0) > 0) embed.fields?.pop();
  return { embeds: [embed], components, allowed_mentions: { parse: [] } };
}

/**
 * One page of an answer as a Discord message.
 *
 * @param page 1-based; pages past the end show the last page
 * @param pageIdFor the custom_id of the button to another page; without it, no buttons
 */
export function renderDiscord(answer: Answer, page: number, pageIdFor?: PageIdFor): DiscordMessage {
  const color = answer.found ? COLOR.found : COLOR.missing;
  if (answer.intent === 'sources' && answer.articles) {
    const total = answer.articleWindow?.total ?? answer.articles.length;
    const held = answer.articleWindow?.from ?? 0;
    const pages = pageCount(total, ARTICLES_PER_PAGE);
    const current = Math.min(Math.max(1, page), pages);
    const shown = answer.articles.slice((current - 1) * ARTICLES_PER_PAGE - held, current * ARTICLES_PER_PAGE - held);
    return message(
      { title: 'Sources', color, description: `${total} article${total === 1 ? '' : 's'} in this coverage.`, fields: shown.map(articleField), footer: footer(answer, current, pages, `${total} articles`) },
      buttons(current, pages, pageIdFor),
    );
  }
  if (answer.comparison) {
    const count = `${answer.comparison.versions.length} versions`;
    return message({ title: truncate(titleOf(answer), LIMITS.embedTitle), color, description: truncate(safeText(answer.answer), LIMITS.embedDescription), fields: comparisonFields(answer.comparison), footer: footer(answer, 1, 1, count) }, []);
  }
  if (answer.coverage) {
    const description = `${safeText(answer.answer)}\n${chartNote(answer.coverage)}`;
    return message({ title: truncate(titleOf(answer), LIMITS.embedTitle), color, description: truncate(description, LIMITS.embedDescription), fields: coverageFields(answer.coverage), footer: footer(answer, 1, 1, `${answer.coverage.counted.articles} articles`) }, []);
  }
  const pages = pageCount(answer.quotes.length, QUOTES_PER_PAGE);
  const current = Math.min(Math.max(1, page), pages);
  const shown = answer.quotes.slice((current - 1) * QUOTES_PER_PAGE, current * QUOTES_PER_PAGE);
  const fields = shown.map(quoteField);
  const lead = leadingText(answer);
  let description = !answer.found ? safeText(answer.answer) : lead && current === 1 ? safeText(lead) : '';
  if (answer.speaker && current === 1) {
    description = safeText(answer.answer);
    const sources = answer.speaker.sources;
    const where = sources.slice(0, QUOTED_IN).map((s) => markdownLink(sourceName(s), s.url)).join(' · ');
    if (where) description += `\n**Quoted in:** ${where}${sources.length > QUOTED_IN ? ` and ${sources.length - QUOTED_IN} more articles` : ''}`;
  }
  if (answer.found && !answer.speaker && answer.quotes.length === 0 && answer.context?.length) description = 'No statement matches, but the articles say:';
  if (answer.understood.readAs && current === 1) description = `${description ? `${description}\n` : ''}*${safeText(templates.readAs(answer.understood.readAs))}*`;
  if (answer.figures && answer.found) {
    description = safeText(answer.answer);
    fields.push(...figureFields(answer.figures));
  }
  if (current === 1) {
    for (const quote of answer.opposite ?? []) fields.push({ ...quoteField(quote), name: fieldName(`Says the opposite — ${speakerLabel(quote)}`) });
    for (const quote of answer.closest) fields.push({ ...quoteField(quote), name: fieldName(`Closest, but not a match — ${speakerLabel(quote)}`) });
    for (const sentence of answer.context ?? []) {
      fields.push({ name: fieldName(`In ${sourceName(sentence.source)}${summaryNote(sentence.source)}`), value: truncate(`${safeText(truncate(sentence.text, 700))}\n${markdownLink('Read it', sentence.source.link ?? sentence.source.url)}`, LIMITS.fieldValue) });
    }
  }
  const outletsWithFigures = new Set((answer.figures ?? []).map((f) => f.outlet ?? f.sentence.source.id)).size;
  const count = !answer.found ? 'no match'
    : answer.figures ? `${outletsWithFigures} outlet${outletsWithFigures === 1 ? '' : 's'}`
      : `${answer.quotes.length} statement${answer.quotes.length === 1 ? '' : 's'}`;
  const embed: APIEmbed = {
    title: truncate(titleOf(answer), LIMITS.embedTitle),
    color,
    ...(description ? { description: truncate(description, LIMITS.embedDescription) } : {}),
    fields: fields.slice(0, LIMITS.fields),
    footer: footer(answer, current, pages, count),
  };
  return message(embed, buttons(current, pages, pageIdFor));
}

/** An example in a code span: the corpus's words in it neither close the span nor ping. */
function exampleLine(example: string): string {
  return `\`${breakMentions(example.replace(/`/g, "'"))}\``;
}

export function renderHelpDiscord(help: HelpContent): DiscordMessage {
  // Whole examples only: as many as fit in one field.
  const examples: string[] = [];
  for (const line of help.examples.map(exampleLine)) if ([...examples, line].join('\n').length <= LIMITS.fieldValue) examples.push(line);
  return message(
    {
      title: truncate(help.title, LIMITS.embedTitle),
      color: COLOR.help,
      description: truncate(help.intro, LIMITS.embedDescription),
      fields: [
        ...help.commands.map((c) => ({ name: truncate(c.usage, LIMITS.fieldName), value: truncate(c.what, LIMITS.fieldValue) })),
        ...(examples.length > 0 ? [{ name: 'Examples', value: examples.join('\n') }] : []),
      ].slice(0, LIMITS.fields),
      footer: { text: truncate(help.note, LIMITS.footer) },
    },
    [],
  );
}

/** What the bot holds, one field a figure. */
export function renderAboutDiscord(about: AboutContent): DiscordMessage {
  return message(
    {
      title: truncate(about.title, LIMITS.embedTitle),
      color: COLOR.about,
      fields: aboutLines(about).map((line) => ({ name: line.label, value: truncate(safeText(line.value), LIMITS.fieldValue), inline: line.label !== 'Outlets' })),
    },
    [],
  );
}

/**
 * A list answer with its file (`format` csv or json): the message as it is,
 * the whole list attached, and a line saying what the file holds. `text` is the message alone.
 */
export function withExport(message: DiscordMessage, answer: Answer, format: Format, maxBytes = DEFAULT_ATTACHMENT_LIMIT): DiscordMessage {
  if (format === 'text') return message;
  const file = format === 'csv' ? exportCsv(answer, { maxBytes }) : exportJson(answer, { maxBytes });
  return { ...message, content: truncate(safeText(describeExport(file, format)), LIMITS.content), files: [{ attachment: file.data, name: file.name }] };
}

/** The name the chart is attached under, and how the embed shows it. */
export const CHART_FILE = 'coverage.png';
export const NO_CHART = 'The bot may not attach files here (it lacks Attach Files in this channel), so the chart is left out: ask in a DM with the bot, or ask an admin to allow it.';

/**
 * A coverage answer with its chart: the PNG attached and shown as the embed's
 * image. Without dated articles there is none (the embed says why); where the
 * bot may not attach files, the message says so instead.
 */
export function withChart(message: DiscordMessage, answer: Answer, canAttach = true): DiscordMessage {
  if (!answer.coverage || answer.coverage.timeline.periods.length === 0) return message;
  if (!canAttach) return { ...message, content: NO_CHART };
  const png = renderCoverageChart(answer.coverage);
  const [embed, ...rest] = message.embeds;
  if (!png || !embed) return message;
  return { ...message, embeds: [{ ...embed, image: { url: `attachment://${CHART_FILE}` } }, ...rest], files: [...(message.files ?? []), { attachment: png, name: CHART_FILE }] };
}

/** A short notice (errors, rate limits, stale buttons), always safe to show. */
export function renderNotice(text: string): DiscordMessage {
  return { embeds: [{ description: truncate(safeText(text), LIMITS.embedDescription), color: COLOR.missing }], components: [], allowed_mentions: { parse: [] } };
}
