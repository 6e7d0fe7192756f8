// Finds transaction bodies that use the store instead of their own handle (`tx`). Inside
// `store.transaction(async (tx) => …)` every database call must go through `tx`: on SQLite the store
// waits for the transaction that waits for it (a deadlock), and on PostgreSQL the statement would run
// outside the transaction.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { SRC } from './layers.js';

/** Names whose `.store` is the store (`deps.store`, `ctx.store`, `runtime.store`), besides `this.store`. */
const HOLDERS = new Set(['deps', 'ctx', 'runtime']);

/** `store`, `this.store`, `deps.store`, `ctx.store` or `runtime.store`. */
function isStore(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'store';
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'store') return false;
  const holder = node.expression;
  return holder.kind === ts.SyntaxKind.ThisKeyword || (ts.isIdentifier(holder) && HOLDERS.has(holder.text));
}

/** The function literal a `….transaction(fn, …)` call runs as its body, if this is one. */
function transactionBody(node: ts.Node): ts.ArrowFunction | ts.FunctionExpression | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'transaction') return undefined;
  const [first] = node.arguments;
  return first && (ts.isArrowFunction(first) || ts.isFunctionExpression(first)) ? first : undefined;
}

/**
 * Every use of the store inside a transaction body of `source`, as `name:line: text` (`store.pulses`,
 * `this.store.outbox`, …), nested functions in the body included.
 */
export function storeUsesInTransactions(name: string, source: string): string[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const inBody = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && isStore(node.expression)) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      found.push(`${name}:${line + 1}: ${node.getText(file)}`);
    }
    ts.forEachChild(node, inBody);
  };
  const visit = (node: ts.Node): void => {
    const body = transactionBody(node);
    // A transaction nested in a body is part of it: the body's walk reports it (once).
    if (body) inBody(body.body);
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The check over the given source files, with paths relative to src/. */
export function transactionViolations(
  files: string[],
  read = (file: string) => readFileSync(file, 'utf8'),
): string[] {
  return files.flatMap((file) => storeUsesInTransactions(relative(SRC, file), read(file)));
}
