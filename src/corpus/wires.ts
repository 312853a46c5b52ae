/**
 * News agencies, so that credits such as "aw/rc (AFP, Reuters, AP, dpa)" or
 * "With reporting by Reuters and AP" can be told apart from reporters' names.
 */
const AGENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['ap', 'AP'],
  ['associated press', 'AP'],
  ['the associated press', 'AP'],
  ['afp', 'AFP'],
  ['agence france-presse', 'AFP'],
  ['agence france presse', 'AFP'],
  ['reuters', 'Reuters'],
  ['reuter', 'Reuters'],
  ['dpa', 'dpa'],
  ['kna', 'KNA'],
  ['epd', 'epd'],
  ['upi', 'UPI'],
  ['xinhua', 'Xinhua'],
  ['bloomberg', 'Bloomberg'],
  ['pa', 'PA'],
  ['press association', 'PA'],
  ['ansa', 'ANSA'],
  ['efe', 'EFE'],
  ['kyodo', 'Kyodo'],
  ['yonhap', 'Yonhap'],
  ['tass', 'TASS'],
  ['interfax', 'Interfax'],
  ['ria novosti', 'RIA Novosti'],
  ['pti', 'PTI'],
  ['ians', 'IANS'],
  ['aap', 'AAP'],
  ['cp', 'CP'],
  ['the canadian press', 'CP'],
  ['anadolu', 'Anadolu'],
]);

/** The canonical agency name ("AP") for a name as written ("Associated Press"), or null. */
export function canonicalAgency(name: string): string | null {
  const key = name
    .trim()
    .replace(/[.\s]+$/, '')
    .toLowerCase();
  return AGENCY_NAMES.get(key) ?? null;
}

/** Splits "Reuters and AP", "AFP, Reuters, AP, dpa" or "AFP/dpa" into names. */
export function splitCreditList(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\band\b|&|\/)\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Adds agencies to a list once each, keeping first-seen order. */
export function mergeWires(into: string[], more: readonly string[]): string[] {
  for (const wire of more) if (!into.includes(wire)) into.push(wire);
  return into;
}
