// Entry of an image worker. The issuer runs as TypeScript through tsx, whose loader worker threads
// do not inherit: register it in this thread, then load the worker itself. tsx's CommonJS hook
// runs in this thread; its ESM hook would start a loader thread per worker (measured: first file
// written after about 140 ms instead of 250 ms).
require('tsx/cjs/api').register();
require('./credential-file-worker.ts');
