// The entry of `npm start`. The server is one bundled file (dist/server.cjs, made by
// scripts/build-server.mjs) compiled with V8's code cache, so that a start reads one file
// and, from the second start on, skips most parsing and compiling. The cache is written when
// the process exits, under the system's temporary directory (V8_COMPILE_CACHE_CACHE_DIR
// moves it; DISABLE_V8_COMPILE_CACHE=1 turns it off).
'use strict'
require('v8-compile-cache')
require('./server.cjs')
