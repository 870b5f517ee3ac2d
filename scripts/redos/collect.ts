import path from 'node:path';
import {
  type Expression,
  isBinaryExpression,
  isCallExpression,
  isIdentifier,
  isImportDeclaration,
  isNamedImports,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isRegularExpressionLiteral,
  isStringLiteral,
  isTaggedTemplateExpression,
  isTemplateExpression,
  isVariableDeclaration,
  isVariableStatement,
  type Node,
  type SourceFile,
  SyntaxKind,
} from 'typescript/unstable/ast';
import { API } from 'typescript/unstable/sync';

/**
 * Every regular expression written in the project's code: literals, and the source and flags of
 * each `new RegExp(...)` / `RegExp(...)`, found with the TypeScript compiler's own parser (never a
 * regex over the source). A dynamic source is evaluated when it is made of string constants: string
 * and template literals, `String.raw`, `+`, `.source` of a literal, and `const`s of the same file
 * or imported from another project file. Anything else is reported as `source: null`.
 */
export interface FoundRegex {
  /** "lib/ingest/blocks.ts:32" */
  where: string;
  /** The code as written, for messages and the allowlist. */
  code: string;
  source: string | null;
  flags: string | null;
}

/** Folders whose code may read user text; tests and their data are left out (they read none). */
export const SCANNED = ['lib', 'scripts', 'app', 'graph'];
const isScanned = (relative: string) =>
  SCANNED.some((dir) => relative.startsWith(`${dir}/`)) &&
  !/\.test\.tsx?$|\.test-support\.ts$|\.test-data\.ts$/.test(relative);

type Files = Map<string, SourceFile>;

class Unknown extends Error {}

function declarationOf(file: SourceFile, name: string): Expression | undefined {
  for (const statement of file.statements) {
    if (!isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (isVariableDeclaration(d) && isIdentifier(d.name) && d.name.text === name) return d.initializer;
    }
  }
  return undefined;
}

function importedFrom(file: SourceFile, name: string, root: string, files: Files) {
  for (const statement of file.statements) {
    if (!isImportDeclaration(statement) || !isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !isNamedImports(bindings)) continue;
    const spec = bindings.elements.find((e) => e.name.text === name);
    if (!spec) continue;
    const target = statement.moduleSpecifier.text;
    const base = target.startsWith('@/')
      ? path.join(root, target.slice(2))
      : path.resolve(path.dirname(file.fileName), target);
    const other = files.get(`${base}.ts`) ?? files.get(`${base}.tsx`);
    const exported = spec.propertyName && isIdentifier(spec.propertyName) ? spec.propertyName.text : name;
    if (other) return { file: other, name: exported };
  }
  return undefined;
}

/** The string an expression always has, or throws Unknown. */
function evaluate(node: Node, file: SourceFile, root: string, files: Files, depth = 0): string {
  if (depth > 20) throw new Unknown();
  const again = (n: Node, f = file) => evaluate(n, f, root, files, depth + 1);
  if (isStringLiteral(node) || isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (isParenthesizedExpression(node)) return again(node.expression);
  if (isTemplateExpression(node)) {
    return node.templateSpans.reduce(
      (s, span) => s + again(span.expression) + span.literal.text,
      node.head.text,
    );
  }
  if (isTaggedTemplateExpression(node) && node.tag.getText(file) === 'String.raw') {
    const t = node.template;
    // The parser leaves rawText unset on a template without substitutions: its text is the raw form.
    if (isNoSubstitutionTemplateLiteral(t)) return t.rawText ?? t.getText(file).slice(1, -1);
    if (isTemplateExpression(t)) {
      return t.templateSpans.reduce(
        (s, span) => s + again(span.expression) + span.literal.rawText,
        t.head.rawText,
      );
    }
  }
  if (isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.PlusToken) {
    return again(node.left) + again(node.right);
  }
  if (isPropertyAccessExpression(node) && node.name.text === 'source') {
    const target = node.expression;
    if (isRegularExpressionLiteral(target)) return literalParts(target.text).source;
  }
  if (isIdentifier(node)) {
    const local = declarationOf(file, node.text);
    if (local) return again(local);
    const imported = importedFrom(file, node.text, root, files);
    const init = imported && declarationOf(imported.file, imported.name);
    if (imported && init) return again(init, imported.file);
  }
  throw new Unknown();
}

function literalParts(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

function tryEvaluate(node: Node | undefined, file: SourceFile, root: string, files: Files): string | null {
  if (!node) return '';
  try {
    return evaluate(node, file, root, files);
  } catch (error) {
    if (error instanceof Unknown) return null;
    throw error;
  }
}

function isRegExpConstructor(node: Node): boolean {
  return (
    (isNewExpression(node) || isCallExpression(node)) &&
    isIdentifier(node.expression) &&
    node.expression.text === 'RegExp'
  );
}

/** Every regex in the scanned folders of the project at `root` (its tsconfig.json decides the files). */
export function collectRegexes(root: string): FoundRegex[] {
  const api = new API({ cwd: root });
  try {
    const project = api.updateSnapshot({ openProjects: [path.join(root, 'tsconfig.json')] }).getProjects()[0];
    if (!project) throw new Error(`no TypeScript project at ${root}`);
    const files: Files = new Map();
    for (const name of project.program.getSourceFileNames()) {
      const relative = path.relative(root, name);
      if (relative.startsWith('..') || relative.includes('node_modules')) continue;
      const file = project.program.getSourceFile(name);
      if (file) files.set(name, file);
    }
    const found: FoundRegex[] = [];
    for (const [name, file] of files) {
      const relative = path.relative(root, name);
      if (!isScanned(relative)) continue;
      const where = (node: Node) =>
        `${relative}:${file.text.slice(0, node.getStart(file)).split('\n').length}`;
      const visit = (node: Node): void => {
        if (isRegularExpressionLiteral(node)) {
          found.push({ where: where(node), code: node.text, ...literalParts(node.text) });
        } else if (isRegExpConstructor(node) && (isNewExpression(node) || isCallExpression(node))) {
          const [source, flags] = node.arguments ?? [];
          found.push({
            where: where(node),
            code: node.getText(file),
            source: tryEvaluate(source, file, root, files),
            flags: tryEvaluate(flags, file, root, files),
          });
        }
        node.forEachChild(visit);
      };
      file.forEachChild(visit);
    }
    return found.sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true }));
  } finally {
    api.close();
  }
}
