// What each chat adapter uses of the core: `core.a.b` member chains (however the core is reached:
// `core`, `deps.core`, `context.core`), destructured members, `Core['a']` and `Pick<Core, 'a'>`, and
// its imports from src/core/. Checked against the `Core` interface in src/core/core.ts.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { importsOf, SRC } from './layers.js';

export const CORE_INTERFACE = join(SRC, 'core/core.ts');

/** `a` for every member of `Core`, and `a.b` for every member of an object-valued one. */
export function coreInterfaceMembers(file = CORE_INTERFACE): Set<string> {
  const program = ts.createProgram([file], {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const declaration = source?.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Core',
  );
  if (!declaration) throw new Error(`no interface Core in ${file}`);
  const members = new Set<string>();
  for (const property of checker.getTypeAtLocation(declaration).getProperties()) {
    members.add(property.name);
    const type = checker.getTypeOfSymbolAtLocation(property, declaration);
    if (type.getCallSignatures().length > 0) continue;
    for (const inner of type.getProperties()) members.add(`${property.name}.${inner.name}`);
  }
  return members;
}

/** `core`, or a property named `core` (`deps.core`, `context.core`). */
function isCore(node: ts.Node): boolean {
  if (ts.isIdentifier(node)) return node.text === 'core';
  return ts.isPropertyAccessExpression(node) && node.name.text === 'core';
}

/** The names a `{ a, b: c }` pattern takes from the object it destructures. */
function boundNames(pattern: ts.ObjectBindingPattern): string[] {
  return pattern.elements.flatMap((element) => {
    const name = element.propertyName ?? element.name;
    return ts.isIdentifier(name) ? [name.text] : ['[computed]'];
  });
}

/** String literal members of a type: `'a' | 'b'` → a, b. */
function literalNames(type: ts.TypeNode): string[] {
  if (ts.isUnionTypeNode(type)) return type.types.flatMap(literalNames);
  return ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? [type.literal.text] : [];
}

/** Every path of the core one source uses: `people.get`, `home`, `conversation`. */
export function coreUses(source: string, fileName = 'adapter.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const uses: string[] = [];
  const visit = (node: ts.Node): void => {
    // `core.a` and `core.a.b`, from the outermost access down.
    if (ts.isPropertyAccessExpression(node) && isCore(node.expression)) {
      const parent = node.parent;
      const deeper = ts.isPropertyAccessExpression(parent) && parent.expression === node;
      uses.push(deeper ? `${node.name.text}.${parent.name.text}` : node.name.text);
    }
    if (ts.isElementAccessExpression(node) && isCore(node.expression)) uses.push('[computed]');
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isObjectBindingPattern(node.name)) {
      const from = node.initializer;
      if (isCore(from)) uses.push(...boundNames(node.name));
      else if (ts.isPropertyAccessExpression(from) && isCore(from.expression))
        uses.push(...boundNames(node.name).map((name) => `${from.name.text}.${name}`));
    }
    // Types: `Core['people']`, `Pick<Core, 'a' | 'b'>`.
    if (ts.isIndexedAccessTypeNode(node) && ts.isTypeReferenceNode(node.objectType)) {
      if (node.objectType.typeName.getText(file) === 'Core') uses.push(...literalNames(node.indexType));
    }
    if (ts.isTypeReferenceNode(node) && node.typeName.getText(file) === 'Pick') {
      const [of, names] = node.typeArguments ?? [];
      if (of && names && of.getText(file) === 'Core') uses.push(...literalNames(names));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

/** The distinct paths used, a member counted once: `people` is not counted beside `people.get`. */
export function distinctUses(uses: Iterable<string>): string[] {
  const all = new Set(uses);
  return [...all].filter((use) => ![...all].some((other) => other.startsWith(`${use}.`))).sort();
}

/** The wiring of every use case and the context holding the store: never an adapter's. */
const INTERNAL_MODULES = ['core/create-core.ts', 'core/context.ts'];
/** Repositories, the store, the context, the full core, and use cases built outside `createCore`. */
const INTERNAL_NAMES =
  /^(create[A-Z]\w*|\w*Repository|Store|Repositories|CoreContext|CoreDeps|CoreServices)$/;

/** Names imported (or re-exported) by each import statement of a source, with the module spec. */
function importedNames(source: string): { spec: string; names: string[] }[] {
  const file = ts.createSourceFile('imports.ts', source, ts.ScriptTarget.Latest, true);
  const found: { spec: string; names: string[] }[] = [];
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier)) continue;
    const bindings = ts.isImportDeclaration(statement)
      ? statement.importClause?.namedBindings
      : statement.exportClause;
    const names =
      bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))
        ? bindings.elements.map((e) => (e.propertyName ?? e.name).text)
        : ['*'];
    found.push({ spec: specifier.text, names });
  }
  return found;
}

/**
 * Everything one adapter file does outside the `Core` interface: core members not on it, imports of
 * the core's wiring, of a repository or the store, and uses it cannot check (`core[x]`, `import *`).
 */
export function boundaryViolations(file: string, source: string, allowed: Set<string>): string[] {
  const where = relative(SRC, file);
  const broken: string[] = [];
  for (const use of coreUses(source, file)) {
    const [first = ''] = use.split('.');
    if (!allowed.has(use) || !allowed.has(first)) broken.push(`${where}: core.${use}`);
  }
  const targets = new Map(importsOf(file, source).map((i) => [i.spec, i.target]));
  for (const { spec, names } of importedNames(source)) {
    const target = targets.get(spec);
    const inCore = target !== undefined && relative(SRC, target).startsWith('core/');
    if (!inCore) continue;
    const module = relative(SRC, target);
    if (INTERNAL_MODULES.includes(module)) broken.push(`${where}: imports ${module}`);
    for (const name of names)
      if (name === '*' || INTERNAL_NAMES.test(name)) broken.push(`${where}: imports ${name} from ${module}`);
  }
  return broken;
}

export const ADAPTERS = ['slack', 'teams', 'local'] as const;

export function readSource(file: string): string {
  return readFileSync(file, 'utf8');
}
