/**
 * Units of measure and their written forms; the first of each group is the
 * form they all become ("12 kilometres", "12 kilometers" and "12km" meet as
 * "12 km"). Members of several words are phrases ("per cent").
 */
export const UNIT_GROUPS: readonly (readonly string[])[] = [
  ['percent', '%', 'per cent', 'pct'],
  ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
  ['metre', 'metres', 'meter', 'meters'],
  ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'],
  ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'],
  ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'],
  ['mile', 'miles'],
  ['mph', 'miles per hour'],
  ['kmh', 'kph', 'kilometres per hour', 'kilometers per hour'],
  ['tonne', 'tonnes', 'ton', 'tons'],
  ['million', 'mln'],
  ['billion', 'bln', 'bn'],
];

/** Short forms written glued to their number ("12km", "40%"), which the tokeniser must split. */
export const GLUED_UNITS: readonly string[] = ['km', 'kms', 'kmh', 'kph', 'cm', 'mm', 'kg', 'kgs', 'mph', 'mln', 'bln', 'bn'];
