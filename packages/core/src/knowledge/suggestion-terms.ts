/**
 * Which words of a text say what it is about, for finding lessons of past projects like it.
 * A project's name and description or a risk's title are short and full of glue words ("the",
 * "project", "new"); searching for all their words at once finds nothing, so suggestions search
 * for any of the telling ones and let ranking put the lessons sharing most of them first.
 */

/** English stop words, plus words every project text is full of and so tell nothing apart. */
const UNTELLING = new Set(
  `a about above after again against all also am an and any are as at be because been before
  being below between both but by can could did do does doing down during each few for from
  further had has have having he her here hers herself him himself his how i if in into is it its
  itself just me more most my myself no nor not now of off on once only or other our ours
  ourselves out over own same she should so some such than that the their theirs them themselves
  then there these they this those through to too under until up very was we were what when where
  which while who whom why will with would you your yours yourself yourselves
  new project projects phase programme program plan work team via per etc will shall may might
  must get got make made use used using`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words shorter than this are rarely telling ("it", "go") and match too much when stemmed. */
const SHORTEST_TERM = 3;
/** Enough to describe a project; more only dilutes the ranking and slows the search. */
export const MAX_SUGGESTION_TERMS = 16;

/**
 * The telling words of a text, lower-case, each once, in the order they first appear (a
 * project's name comes before its description, so the name's words win when there are too
 * many). Only letters and digits survive, so the words are safe to hand to a query parser.
 */
export function suggestionTerms(text: string, max: number = MAX_SUGGESTION_TERMS): string[] {
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (terms.length >= max) break;
    if (word.length < SHORTEST_TERM || /^\p{N}+$/u.test(word)) continue;
    if (UNTELLING.has(word) || seen.has(word)) continue;
    seen.add(word);
    terms.push(word);
  }
  return terms;
}

/**
 * A web-search query (PostgreSQL's `websearch_to_tsquery` syntax) matching any of the terms.
 * Terms are letters and digits only, so none can be read as an operator; `or` itself is a stop
 * word and never a term. Empty when there are no terms: the caller suggests nothing.
 */
export function anyTermQuery(terms: readonly string[]): string {
  return terms.join(" or ");
}
