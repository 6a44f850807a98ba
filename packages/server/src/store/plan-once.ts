/**
 * Our named statements look rows up by keys (organisation, token hash, cursor), so one plan
 * serves every value; left to choose, PostgreSQL kept planning the project list afresh on each
 * execution, which tripled its CPU time per list. Each session is therefore told to plan a
 * statement once: PostgreSQL through the startup message (`options`), the embedded store
 * through its server's start parameters. A query issued from the pool's `connect` event would
 * do the same but run beside the caller's first query on that client, which node-postgres
 * warns about (and pg 9 will refuse).
 */
export const PLAN_ONCE = ["-c", "plan_cache_mode=force_generic_plan"] as const;

/**
 * A pool's connection settings for PostgreSQL with our session options added. node-postgres
 * takes `options` from the connection string over its config, so when the URL has its own
 * `options` parameter ours are appended there; otherwise they go in the config.
 */
export function planOnceConnection(url: string): { connectionString: string; options: string } {
  const ours = PLAN_ONCE.join(" ");
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not URL syntax (node-postgres also accepts a bare socket path): it carries no options.
    return { connectionString: url, options: ours };
  }
  const given = parsed.searchParams.get("options");
  if (given === null) return { connectionString: url, options: ours };
  parsed.searchParams.set("options", `${given} ${ours}`);
  return { connectionString: parsed.toString(), options: ours };
}
