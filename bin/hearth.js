#!/usr/bin/env node
// The installed `hearth` command: runs the server bundle built by scripts/build.mjs.
await import('../dist/hearth.js');
