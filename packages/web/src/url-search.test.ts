import { describe, expect, it } from "vitest";
import { parsePlainSearch, stringifyPlainSearch } from "./url-search.js";

describe("plain URL search parameters", () => {
  it("writes strings as they are, without JSON quotes", () => {
    expect(stringifyPlainSearch({ archived: "true", status: "active,on_hold" })).toBe(
      "?archived=true&status=active%2Con_hold",
    );
  });

  it("leaves out unset parameters", () => {
    expect(stringifyPlainSearch({ q: undefined, sort: "" })).toBe("");
  });

  it("reads every value as text, numbers included", () => {
    expect(parsePlainSearch("?q=2027&sort=-name")).toEqual({ q: "2027", sort: "-name" });
  });
});
