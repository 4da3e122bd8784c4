// Entry of the CLI's PDF reading process (pdf-sandbox.ts). The reader is TypeScript run through
// tsx; its CommonJS hook is registered in this process only, so pdf.js itself loads as plain
// ESM (through tsx's ESM hook it took ~1 s and ~180 MB more).
require('tsx/cjs/api').register();
require('./pdf-child.ts');
