#!/usr/bin/env node
// The `copydesk-language-server` command: the bundled language server (build first).
require('../dist/server.js');
