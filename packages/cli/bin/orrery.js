#!/usr/bin/env node
// `orrery start` runs the CLI from its bundle (dist/bundle, made by `npm run build`): the server
// behind it is ~800 modules, which load as a few files in a fraction of the time. Every other
// command, and `start` with options, runs the compiled modules the tests run.
const isStart = process.argv.length === 3 && process.argv[2] === "start";
const { main } = await import(isStart ? "../dist/bundle/orrery.js" : "../dist/main.js");

process.exitCode = await main(process.argv);
