// @ts-check
/**
 * Keeps src/ (the engine) free of UI code: it must run in the browser, a Web
 * Worker and Node alike. Fails when a file under src/ imports React, React
 * Flow, zustand, zundo or html-to-image, imports from app/, creates a Worker,
 * or touches DOM globals. Comments and string contents are blanked before
 * matching, so prose like "the window closes" does not trip it.
 *
 * Run: `npm run lint`. Import `findViolations` for tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** @typedef {{ file: string, line: number, message: string }} Violation */

const FORBIDDEN_PACKAGES = ['react', 'react-dom', 'zustand', 'zundo', 'html-to-image'];
const FORBIDDEN_SCOPES = ['@xyflow/'];
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'HTMLElement',
  'DOMParser',
  'XMLSerializer',
];
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

// Keywords after which a `/` starts a regular expression rather than a division.
const REGEX_PRECEDING_KEYWORDS = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void',
  'throw', 'case', 'do', 'else', 'yield', 'await',
]);

/**
 * Blanks comments (everything) and string, template and regex literal contents
 * (keeping the delimiters) with spaces, preserving offsets and newlines.
 * Returns the blanked code and the literal strings by the offset of their
 * opening quote.
 * @param {string} text
 * @returns {{ code: string, strings: Map<number, string> }}
 */
export function blankLiterals(text) {
  const out = text.split('');
  /** @type {Map<number, string>} */
  const strings = new Map();
  const blank = (/** @type {number} */ from, /** @type {number} */ to) => {
    for (let k = from; k < to; k++) {
      if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
    }
  };
  // Each entry is the brace depth at which a template's `${` opened.
  /** @type {number[]} */
  const templateStack = [];
  let braceDepth = 0;
  let lastSignificant = ''; // last non-space code character, '' at start
  let lastWord = '';
  let i = 0;
  const n = text.length;

  /** Scans a template literal's text from i (just after ` or }) up to ` or ${. */
  const scanTemplateText = () => {
    const start = i;
    let value = '';
    while (i < n) {
      const c = text[i];
      if (c === '\\') {
        value += text.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '`') {
        blank(start, i);
        i++;
        lastSignificant = '`';
        lastWord = '';
        return { value, closed: true };
      }
      if (c === '$' && text[i + 1] === '{') {
        blank(start, i);
        i += 2;
        templateStack.push(braceDepth);
        braceDepth++;
        lastSignificant = '{';
        lastWord = '';
        return { value, closed: false };
      }
      value += c;
      i++;
    }
    blank(start, n);
    return { value, closed: true };
  };

  while (i < n) {
    const c = text[i];
    const next = text[i + 1];

    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      const open = i;
      let value = '';
      i++;
      while (i < n && text[i] !== c && text[i] !== '\n') {
        if (text[i] === '\\') {
          value += text.slice(i, i + 2);
          i += 2;
        } else {
          value += text[i];
          i++;
        }
      }
      blank(open + 1, Math.min(i, n));
      strings.set(open, value);
      i++;
      lastSignificant = c;
      lastWord = '';
      continue;
    }
    if (c === '`') {
      const open = i;
      i++;
      const { value, closed } = scanTemplateText();
      // Only substitution-free templates can be module specifiers.
      if (closed) strings.set(open, value);
      continue;
    }
    if (c === '{') {
      braceDepth++;
    } else if (c === '}') {
      braceDepth--;
      if (templateStack.length > 0 && templateStack[templateStack.length - 1] === braceDepth) {
        templateStack.pop();
        i++;
        scanTemplateText();
        continue;
      }
    } else if (c === '/') {
      const startsRegex =
        lastSignificant === '' ||
        '(,=:[!&|?{};+-*%<>~^'.includes(lastSignificant) ||
        REGEX_PRECEDING_KEYWORDS.has(lastWord);
      if (startsRegex) {
        const open = i;
        i++;
        let inClass = false;
        while (i < n && text[i] !== '\n') {
          const r = text[i];
          if (r === '\\') {
            i += 2;
            continue;
          }
          if (r === '[') inClass = true;
          else if (r === ']') inClass = false;
          else if (r === '/' && !inClass) break;
          i++;
        }
        blank(open + 1, Math.min(i, n));
        i++;
        lastSignificant = '/';
        lastWord = '';
        continue;
      }
    }

    if (/[A-Za-z0-9_$]/.test(c ?? '')) {
      let j = i;
      while (j < n && /[A-Za-z0-9_$]/.test(text[j] ?? '')) j++;
      lastWord = text.slice(i, j);
      lastSignificant = text[j - 1] ?? '';
      i = j;
      continue;
    }
    if (c !== undefined && !/\s/.test(c)) {
      lastSignificant = c;
      lastWord = '';
    }
    i++;
  }
  return { code: out.join(''), strings };
}

/** @param {string} text @param {number} offset */
function lineAt(text, offset) {
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') line++;
  }
  return line;
}

/** @param {string} specifier */
function forbiddenPackage(specifier) {
  for (const pkg of FORBIDDEN_PACKAGES) {
    if (specifier === pkg || specifier.startsWith(`${pkg}/`)) return pkg;
  }
  for (const scope of FORBIDDEN_SCOPES) {
    if (specifier.startsWith(scope)) return `${scope}*`;
  }
  return null;
}

/**
 * @param {string} file repo-relative path with forward slashes, e.g. src/model/a.ts
 * @param {string} specifier
 */
function reachesIntoApp(file, specifier) {
  if (specifier === '/app' || specifier.startsWith('/app/')) return true;
  if (!specifier.startsWith('.')) return false;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return resolved === 'app' || resolved.startsWith('app/');
}

/**
 * Pure check of one source file.
 * @param {string} file repo-relative path (used for messages and resolving relative imports)
 * @param {string} text file contents
 * @returns {Violation[]} sorted by line
 */
export function findViolations(file, text) {
  const normalizedFile = file.split(path.sep).join('/');
  const { code, strings } = blankLiterals(text);
  /** @type {Violation[]} */
  const found = [];
  const report = (/** @type {number} */ offset, /** @type {string} */ message) => {
    found.push({ file: normalizedFile, line: lineAt(text, offset), message });
  };

  // Module specifiers: `from 'x'`, `import 'x'`, `import('x')`, `require('x')`.
  const specifierRe = /(?<![\w$.])(from|import|require)\s*(\(\s*)?(['"`])/g;
  for (const m of code.matchAll(specifierRe)) {
    const keyword = m[1];
    const hasParen = m[2] !== undefined;
    if (keyword === 'require' && !hasParen) continue;
    if (keyword === 'from' && hasParen) continue;
    const quoteOffset = (m.index ?? 0) + m[0].length - 1;
    const specifier = strings.get(quoteOffset);
    if (specifier === undefined) continue;
    const pkg = forbiddenPackage(specifier);
    if (pkg) {
      report(m.index ?? 0, `imports '${specifier}': src/ must not depend on ${pkg} (UI code belongs in app/)`);
    } else if (reachesIntoApp(normalizedFile, specifier)) {
      report(m.index ?? 0, `imports '${specifier}': src/ must not import from app/ (app/ imports src/, not the reverse)`);
    }
  }

  const globalsRe = new RegExp(`(?<![\\w$])(${DOM_GLOBALS.join('|')})(?![\\w$])`, 'g');
  for (const m of code.matchAll(globalsRe)) {
    const name = m[1];
    const at = m.index ?? 0;
    const before = code.slice(0, at).replace(/\s+$/, '');
    const after = code.slice(at + (name?.length ?? 0));
    // A property access like `foo.document` is not the global, unless it goes
    // through globalThis/self.
    if (before.endsWith('.') && !/(?<![\w$])(globalThis|self)\s*\??\.$/.test(before)) continue;
    // A property or parameter declaration: `{ document: x }`, `document?: string`, `(window: W)`.
    if (/^\s*\??\s*:/.test(after) && (/[{,;(]$/.test(before) || before === '' || /\breadonly$/.test(before) || /\n\s*$/.test(code.slice(0, at)))) {
      continue;
    }
    report(at, `uses the DOM global '${name}': src/ must run in Node and Web Workers too`);
  }

  for (const m of code.matchAll(/(?<![\w$.])new\s+(Worker|SharedWorker)\s*\(/g)) {
    report(m.index ?? 0, `creates a ${m[1]}: start workers from app/, keep src/ environment-free`);
  }

  return found.sort((a, b) => a.line - b.line);
}

/**
 * @param {string} dir absolute directory
 * @returns {string[]} absolute file paths, sorted
 */
function listSourceFiles(dir) {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ current) => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith('.d.ts')) {
        files.push(full);
      }
    }
  };
  walk(dir);
  return files;
}

/**
 * Lints every source file under root/src.
 * @param {string} root repository root
 * @returns {{ files: number, violations: Violation[] }}
 */
export function lintTree(root) {
  const srcDir = path.join(root, 'src');
  let exists = false;
  try {
    exists = statSync(srcDir).isDirectory();
  } catch {
    exists = false;
  }
  if (!exists) return { files: 0, violations: [] };
  const files = listSourceFiles(srcDir);
  const violations = files.flatMap((full) =>
    findViolations(path.relative(root, full), readFileSync(full, 'utf8')),
  );
  return { files: files.length, violations };
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { files, violations } = lintTree(root);
  if (violations.length > 0) {
    for (const v of violations) console.error(`${v.file}:${v.line}: ${v.message}`);
    console.error(`\nlint: ${violations.length} violation(s) in src/ (${files} files checked)`);
    process.exit(1);
  }
  console.log(`lint: ${files} files under src/ checked, no violations`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main();
}
