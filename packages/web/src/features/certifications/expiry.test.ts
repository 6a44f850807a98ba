import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expiryState, holdersByName } from "./expiry.js";

describe("certification expiry", () => {
  it("tells expired, soon, valid and permanent apart around the window's edges", () => {
    expect(expiryState(null, "2026-11-23")).toBe("permanent");
    expect(expiryState("2026-11-22", "2026-11-23")).toBe("expired");
    expect(expiryState("2026-11-23", "2026-11-23")).toBe("soon");
    expect(expiryState("2027-02-21", "2026-11-23")).toBe("soon");
    expect(expiryState("2027-02-22", "2026-11-23")).toBe("valid");
  });

  it("counts each valid holder once per name, most held first", () => {
    const record = (name: string, person: string, expiresOn: string | null) => ({
      name,
      expiresOn,
      person: { id: person },
    });
    expect(
      holdersByName(
        [
          record("PMP", "a", null),
          record("PMP", "a", "2030-01-01"),
          record("PMP", "b", null),
          record("PSM I", "c", "2020-01-01"),
          record("PRINCE2", "c", null),
        ],
        "2026-11-23",
      ),
    ).toEqual([
      { name: "PMP", holders: 2 },
      { name: "PRINCE2", holders: 1 },
    ]);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ name: fc.constantFrom("A", "B"), person: fc.constantFrom("p", "q", "r") }),
        ),
        (rows) => {
          const counts = holdersByName(
            rows.map((r) => record(r.name, r.person, null)),
            "2026-11-23",
          );
          for (const { name, holders } of counts)
            expect(holders).toBe(
              new Set(rows.filter((r) => r.name === name).map((r) => r.person)).size,
            );
        },
      ),
    );
  });
});
