// The table a benchmark area prints: one row per measure, with its target where the issue set one.

export function resultsTable() {
  const rows = [];
  return {
    /** Keeps a figure for the table, and shows it on stderr at once so a long run shows progress. */
    report(what, value, target = "") {
      rows.push([what, value, target]);
      console.error(`  ${what}: ${value}`);
    },
    print() {
      console.log("| measure | result | target |");
      console.log("|---|---|---|");
      for (const [what, value, target] of rows) console.log(`| ${what} | ${value} | ${target} |`);
    },
  };
}
