// The arrows between blocks (scripts/lib/architecture.ts) and no import cycles, checked over the
// repository's own TypeScript. Biome guards each import on its own; a cycle needs the whole
// graph. TypeScript 7 has no compiler API for madge or dpdm to build on, so the graph comes from
// the import specifiers themselves (static, re-export and dynamic `import()`, type-only included:
// a type cycle tangles the design just the same). Exit 1 with what is wrong, else 0.
//   tsx scripts/check-imports.ts [ROOT]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { BLOCKS, TOOL_FOLDERS } from './lib/architecture';

const SOURCE = /\.(ts|tsx)$/;
const SPECIFIER =
  /(?:^|[^\w.])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,$]+from\s*)?\(?\s*(['"])(\.{1,2}\/[^'"]+)\1/gm;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? files(path) : SOURCE.test(name) ? [path] : [];
  });
}

function resolveSpecifier(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

export interface ImportReport {
  cycles: string[][];
  badArrows: string[];
}

export function checkImports(root: string): ImportReport {
  const folders = [...BLOCKS.map((b) => b.folder), ...TOOL_FOLDERS];
  const all = folders.flatMap((f) => files(join(root, f)));
  const graph = new Map<string, string[]>();
  const badArrows: string[] = [];
  const blockOf = (path: string) => relative(root, path).split('/')[0] ?? '';
  for (const file of all) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(SPECIFIER)) {
      const target = resolveSpecifier(file, m[2] as string);
      if (!target?.startsWith(root)) continue;
      targets.push(target);
      const from = BLOCKS.find((b) => b.folder === blockOf(file));
      const to = blockOf(target);
      if (from && to !== from.folder && !from.mayImport.includes(to))
        badArrows.push(
          `${relative(root, file)} → ${relative(root, target)} (${from.folder}/ may not import ${to}/)`,
        );
    }
    graph.set(file, targets);
  }
  return { cycles: stronglyConnected(graph).map((c) => c.map((f) => relative(root, f))), badArrows };
}

/** Tarjan's algorithm: every component of more than one file, or a file importing itself. */
function stronglyConnected(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, indexOf.get(w) as number));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? join(dirname(new URL(import.meta.url).pathname), '..'));
  const { cycles, badArrows } = checkImports(root);
  for (const c of cycles) console.error(`import cycle: ${c.join(' ↔ ')}`);
  for (const a of badArrows) console.error(`arrow not allowed: ${a}`);
  if (cycles.length === 0 && badArrows.length === 0) console.log('imports: no cycles, every arrow allowed');
  process.exit(cycles.length + badArrows.length > 0 ? 1 : 0);
}
