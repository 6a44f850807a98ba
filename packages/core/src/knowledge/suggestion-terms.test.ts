import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyTermQuery, MAX_SUGGESTION_TERMS, suggestionTerms } from "./suggestion-terms.js";

const words = fc.array(
  fc.oneof(
    fc.constantFrom("the", "and", "Project", "new", "or", "NOT", "2027", "go", "-", '"', "&", "|"),
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.stringMatching(/^[A-Za-zÀ-ÿ]{3,10}$/),
  ),
  { maxLength: 60 },
);
const text = words.map((w) => w.join(" "));

describe("suggestionTerms", () => {
  it("keeps only lower-case letters and digits, each word once, at most the maximum", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 30 }), (input, max) => {
        const terms = suggestionTerms(input, max);
        expect(terms.length).toBeLessThanOrEqual(max);
        expect(new Set(terms).size).toBe(terms.length);
        for (const term of terms) {
          expect(term).toMatch(/^[\p{L}\p{N}]{3,}$/u);
          expect(term).toBe(term.toLowerCase());
          expect(term).not.toMatch(/^\p{N}+$/u);
        }
      }),
    );
  });

  it("takes words in the order they first appear, so the name's words come first", () => {
    fc.assert(
      fc.property(text, text, (name, description) => {
        const alone = suggestionTerms(name, 1_000);
        const both = suggestionTerms(`${name} ${description}`, 1_000);
        expect(both.slice(0, alone.length)).toEqual(alone);
      }),
    );
  });

  it("drops glue words and words every project uses", () => {
    expect(suggestionTerms("The new CRM project: migrate the customer data to the cloud")).toEqual([
      "crm",
      "migrate",
      "customer",
      "data",
      "cloud",
    ]);
    expect(suggestionTerms("the and of project")).toEqual([]);
  });

  it("caps a long text at the default maximum", () => {
    const long = Array.from(
      { length: 40 },
      (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    expect(suggestionTerms(long.join(" "))).toHaveLength(MAX_SUGGESTION_TERMS);
  });
});

describe("anyTermQuery", () => {
  it("joins the terms with or, and has no other operator", () => {
    fc.assert(
      fc.property(text, (input) => {
        const terms = suggestionTerms(input);
        const query = anyTermQuery(terms);
        expect(query.split(" or ").filter(Boolean)).toEqual(terms);
        expect(query).not.toMatch(/["\-&|!():*<>]/);
      }),
    );
    expect(anyTermQuery([])).toBe("");
  });
});
