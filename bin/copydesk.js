#!/usr/bin/env node
// The `copydesk` command; the CLI itself is bundled in dist/cli.js (npm run build).
require('../dist/cli.js');
