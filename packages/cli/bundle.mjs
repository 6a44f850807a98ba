// `npm run bundle -w @orrery/cli`, the last step of `npm run build`: bundles the compiled CLI
// and the server it starts (dist/ of every workspace package) into a few ES modules in
// dist/bundle, which `orrery start` runs (see bin/orrery.js). Loading ~800 modules one by one
// (resolving, reading and compiling each) cost the server about half a second of its start.
import { readFileSync, rmSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const server = join(here, "../server/dist");
const outdir = join(here, "dist/bundle");

/** Packages left out of the bundle, loaded from node_modules as they are. */
const EXTERNAL = [
  // Loads its WebAssembly and data files from beside its own modules.
  "@electric-sql/pglite",
  // pg's optional native driver, not installed.
  "pg-native",
  // Large, loaded only to read or write a workbook.
  "exceljs",
  // Reads its fonts' metrics (.afm files) from beside its own modules; only for PDF exports.
  "pdfkit",
];

/** CommonJS packages that read files of their own, found through `__dirname`. */
const READS_OWN_FILES = [
  // The Swagger UI's page, scripts and styles, served from its `static` folder.
  "@fastify/swagger-ui",
  // Its package.json, for defaults of the OpenAPI document's `info`.
  "@fastify/swagger",
];

/**
 * Bundled, a module's `__dirname` would be the bundle's folder: each module of `packages` gets
 * its own folder instead, as a path relative to the bundle's (so the tree may move as a whole).
 */
function ownFolderFor(packages) {
  const names = packages.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  const filter = new RegExp(`[\\\\/]node_modules[\\\\/](${names.join("|")})[\\\\/].*\\.js$`);
  return {
    name: "own-folder",
    setup(build) {
      build.onLoad({ filter }, (args) => {
        const folder = JSON.stringify(relative(outdir, dirname(args.path)));
        const file = JSON.stringify(basename(args.path));
        const own =
          `var __dirname = __orreryJoin(__orreryBundleDir, ${folder}), ` +
          `__filename = __orreryJoin(__dirname, ${file});\n`;
        return { contents: own + readFileSync(args.path, "utf8"), loader: "js" };
      });
    },
  };
}

/**
 * Leaves `packages` out of the bundle, imported by their path relative to the bundle as resolved
 * now from the module that imports them: a workspace package may have its own copy in its own
 * node_modules (the server has @fastify/swagger-ui), which a bare name in dist/bundle would miss.
 * One that cannot be resolved (an optional package not installed) stays a bare name.
 */
function externalsInPlace(packages) {
  const names = packages.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  const filter = new RegExp(`^(${names.join("|")})(/|$)`);
  return {
    name: "externals-in-place",
    setup(build) {
      build.onResolve({ filter }, async (args) => {
        if (args.pluginData === "externals-in-place") return undefined;
        const found = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: "externals-in-place",
        });
        if (found.errors.length > 0) return { path: args.path, external: true };
        return { path: `./${relative(outdir, found.path)}`, external: true };
      });
    },
  };
}

/**
 * Lines of dependencies the bundle changes, each loading at every start something Orrery never
 * uses. The build fails if a line is no longer there, so an upgrade gets looked at again.
 */
const SOURCE_PATCHES = [
  {
    // pg picks its socket when loaded, asking first whether it runs in Cloudflare Workers by
    // making a `Response`, which has Node load its whole fetch implementation (undici).
    file: /[\\/]pg[\\/]lib[\\/]stream\.js$/,
    find: "const { getStream, getSecureStream } = getStreamFuncs()",
    replace: "const { getStream, getSecureStream } = getNodejsStreamFuncs()",
  },
  {
    // Fastify loads Node's HTTP/2 module up front for the `http2` option, which Orrery does
    // not set; it is loaded when a server is made with it.
    file: /[\\/]fastify[\\/]lib[\\/]server\.js$/,
    find: "const http2 = require('node:http2')",
    replace:
      "const http2 = { createServer: (...args) => require('node:http2').createServer(...args), " +
      "createSecureServer: (...args) => require('node:http2').createSecureServer(...args) }",
  },
  {
    // The rate limiter loads an IP address library for keying IPv6 clients by subnet, which
    // Orrery's own key (the token, else the address) does not use.
    file: /[\\/]@fastify[\\/]rate-limit[\\/]index\.js$/,
    find: "const { Address6 } = require('ip-address')",
    replace:
      "const Address6 = function (...args) { return new (require('ip-address').Address6)(...args) }",
  },
];

function sourcePatches(patches) {
  return {
    name: "source-patches",
    setup(build) {
      for (const { file, find, replace } of patches) {
        build.onLoad({ filter: file }, (args) => {
          const source = readFileSync(args.path, "utf8");
          if (!source.includes(find)) {
            throw new Error(`${args.path} no longer reads "${find}": review SOURCE_PATCHES`);
          }
          return { contents: source.replace(find, replace), loader: "js" };
        });
      }
    },
  };
}

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    orrery: join(here, "dist/main.js"),
    // Beside the chunk that starts it: pglite-thread.ts spawns `./pglite-worker.js`.
    "pglite-worker": join(server, "store/pglite-worker.js"),
    // The server without the CLI, for the benchmark's server-only launcher.
    server: join(server, "server.js"),
    config: join(server, "config.js"),
  },
  outdir,
  bundle: true,
  // Each `import()` becomes a chunk loaded on first use, as it is unbundled.
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  // Less to parse at every start (a few percent of it); names are kept for stack traces, and
  // NODE_OPTIONS=--enable-source-maps maps their positions back to the sources.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: "linked",
  logLevel: "warning",
  plugins: [
    externalsInPlace(EXTERNAL),
    ownFolderFor(READS_OWN_FILES),
    sourcePatches(SOURCE_PATCHES),
  ],
  // The CommonJS packages inside call `require` for Node's own modules; see ownFolderFor.
  banner: {
    js: [
      'import { createRequire as __orreryCreateRequire } from "node:module";',
      'import { dirname as __orreryDirname, join as __orreryJoin } from "node:path";',
      'import { fileURLToPath as __orreryFileURLToPath } from "node:url";',
      "const require = __orreryCreateRequire(import.meta.url);",
      "const __orreryBundleDir = __orreryDirname(__orreryFileURLToPath(import.meta.url));",
    ].join(" "),
  },
});
