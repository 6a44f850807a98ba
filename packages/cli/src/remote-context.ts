import type { Command } from "commander";
import { z } from "zod";
import { type ApiClient, createApiClient } from "./api/api-client.js";
import { resolveConnection } from "./api/api-connection.js";
import { chooseOrg } from "./org-selection.js";

/** The program's global flags (`orrery --help`), read from any subcommand. */
const GlobalFlags = z.object({
  url: z.string().optional(),
  token: z.string().optional(),
  org: z.string().optional(),
  json: z.boolean().optional(),
});

/** What a command that talks to a server needs: the client, and how to print. */
export interface RemoteContext {
  readonly api: ApiClient;
  /** `--json`: print the API's JSON instead of tables. */
  readonly json: boolean;
  /** The organisation to act in (`--org`, `ORRERY_ORG`, or the caller's only one). */
  org(): Promise<string>;
}

/**
 * Reads the global flags and the environment into a client. Call it after the command's own
 * flags are validated: it fails (exit 2) without a token or with a malformed address, before
 * any request.
 */
export function remoteContext(command: Command): RemoteContext {
  const flags = GlobalFlags.parse(command.optsWithGlobals());
  const api = createApiClient(resolveConnection(flags, process.env));
  let org: Promise<string> | undefined;
  return {
    api,
    json: flags.json === true,
    org: () => {
      org ??= chooseOrg(flags.org, process.env, api);
      return org;
    },
  };
}
