/**
 * Lessons drafted from a post-project review's observations: each entry of "what went well"
 * and "what to improve" becomes one lesson, so the review feeds the knowledge base instead of
 * sitting in a document nobody opens again. Entries already drafted are skipped, so generating
 * twice records nothing new.
 */

export interface ReviewObservations {
  readonly wentWell: readonly string[];
  readonly toImprove: readonly string[];
  /** Entries turned into lessons before. */
  readonly lessonsFrom: readonly string[];
}

export interface LessonDraft {
  readonly title: string;
  readonly whatHappened: string;
  readonly recommendation: string;
  readonly tags: readonly string[];
  /** The observation it came from, to remember it was used. */
  readonly source: string;
}

/** Longest title a lesson takes (the contracts' limit). */
const TITLE_LIMIT = 200;
/** Titles are scanned in lists: the first sentence, cut to this many characters at a word. */
const TITLE_TARGET = 120;

export function draftReviewLessons(review: ReviewObservations): LessonDraft[] {
  const used = new Set(review.lessonsFrom);
  const draft = (text: string, tag: string, recommendation: string): LessonDraft[] =>
    used.has(text)
      ? []
      : [{ title: titleOf(text), whatHappened: text, recommendation, tags: [tag], source: text }];
  return [
    ...review.wentWell.flatMap((text) => draft(text, "went well", `Repeat: ${text}`)),
    ...review.toImprove.flatMap((text) => draft(text, "to improve", `Change: ${text}`)),
  ];
}

/** The first sentence of a text, shortened at a word boundary when long. */
export function titleOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
  if (sentence.length <= TITLE_TARGET) return sentence;
  const cut = sentence.slice(0, TITLE_TARGET);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(" "), TITLE_TARGET / 2)).trimEnd();
  return `${atWord}…`.slice(0, TITLE_LIMIT);
}
