import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export type RegexSource = {
  /** `file:line`, relative to the repository root. */
  where: string;
  source: string;
  flags: string;
};

export type ExtractedRegexes = {
  regexes: RegexSource[];
  /** `new RegExp(x)` whose pattern is not a literal: the static check cannot see it, a person must. */
  dynamic: string[];
};

const SOURCE_FILE = /\.tsx?$/;
/** Tests and test helpers never see untrusted input; the checker itself builds RegExps on purpose. */
const NOT_SHIPPED = /\.test\.tsx?$|[/\\]testing[/\\]/;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE_FILE.test(entry.name) && !NOT_SHIPPED.test(path) ? [path] : [];
  });

const stringValue = (node: ts.Node | undefined): string | null =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;

/**
 * Every regular expression shipped from `packages/<name>/src`: regex literals, `new RegExp('…')` and
 * `RegExp('…')`, and JSON Schema `pattern: '…'` properties (ajv compiles those with the `u` flag).
 */
export const extractRegexes = (root: string): ExtractedRegexes => {
  const regexes: RegexSource[] = [];
  const dynamic: string[] = [];
  const packages = readdirSync(join(root, 'packages'));
  for (const name of packages) {
    const src = join(root, 'packages', name, 'src');
    let files: string[];
    try {
      files = sourceFiles(src);
    } catch {
      continue; // a package without src/
    }
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const where = (node: ts.Node) =>
        `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
      const visit = (node: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(node)) {
          const end = node.text.lastIndexOf('/');
          regexes.push({
            where: where(node),
            source: node.text.slice(1, end),
            flags: node.text.slice(end + 1),
          });
        } else if (
          (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'RegExp'
        ) {
          const source = stringValue(node.arguments?.[0]);
          if (source === null) dynamic.push(where(node));
          else regexes.push({ where: where(node), source, flags: stringValue(node.arguments?.[1]) ?? '' });
        } else if (ts.isPropertyAssignment(node) && node.name.getText(sf) === 'pattern') {
          const source = stringValue(node.initializer);
          if (source !== null) regexes.push({ where: where(node), source, flags: 'u' });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return { regexes, dynamic };
};
