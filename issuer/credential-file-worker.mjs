// Entry of an image worker. The issuer runs as TypeScript through tsx, whose loader worker threads
// do not inherit: register it in this thread, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./credential-file-worker.ts');
