/**
 * A statement of a packed coverage that is read from its JSON only when a
 * field other than its id is first asked for. A search weighs a couple of
 * hundred statements by id and score, and answering reads the words of a
 * few: parsing them all was a tenth of a slow answer's time, and their
 * objects most of what a search left for the collector. The fields are the
 * object's own and enumerable, in the JSON's order, so the statement reads,
 * copies and serialises as the parsed one.
 */
import type { QuoteCluster } from '../snapshot.js';

/** The fields read from the JSON, in its order (after the id). */
const FIELDS = ['entity', 'speaker', 'role', 'anonymous', 'kind', 'text', 'occurrences'] as const satisfies readonly (keyof QuoteCluster)[];

// Every field of a statement but its id is read lazily: a field added to QuoteCluster must be added above.
type Unlisted = Exclude<keyof QuoteCluster, 'id' | (typeof FIELDS)[number]>;
const everyField: [Unlisted] extends [never] ? true : never = true;
void everyField;

const PARSE = Symbol('parse');
const PARSED = Symbol('parsed');

interface Lazy {
  id: number;
  [PARSE]: (id: number) => QuoteCluster;
  [PARSED]: QuoteCluster | undefined;
}

// One getter per field, shared by every statement (no function made per statement).
const DESCRIPTORS: PropertyDescriptorMap = Object.fromEntries(
  FIELDS.map((field) => [
    field,
    {
      enumerable: true,
      get(this: Lazy) {
        this[PARSED] ??= this[PARSE](this.id);
        return this[PARSED][field];
      },
    },
  ]),
);

/**
 * The statement `id`, parsed by `parse` when first read.
 *
 * @example
 * const cluster = lazyCluster(7, (id) => JSON.parse(jsonOf(id)) as QuoteCluster);
 * cluster.id; // 7, nothing parsed
 * cluster.text; // parsed now, once
 */
export function lazyCluster(id: number, parse: (id: number) => QuoteCluster): QuoteCluster {
  const lazy = { id } as Lazy;
  Object.defineProperty(lazy, PARSE, { value: parse });
  Object.defineProperty(lazy, PARSED, { value: undefined, writable: true });
  Object.defineProperties(lazy, DESCRIPTORS);
  return lazy as unknown as QuoteCluster;
}
