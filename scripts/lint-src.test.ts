import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findViolations, lintTree } from './lint-src.mjs';

const FILE = 'src/model/sample.ts';
const lines = (text: string) => findViolations(FILE, text).map((v) => v.line);
const messages = (text: string) => findViolations(FILE, text).map((v) => v.message);

describe('findViolations: imports', () => {
  it('accepts engine-only imports', () => {
    const text = [
      "import { z } from 'zod';",
      "import type { Diagram } from './types';",
      "import { strFromU8 } from 'fflate';",
      "export * from '../catalog/kinds';",
      "import reactLike from './react';",
      "import p from 'preact';",
    ].join('\n');
    expect(findViolations(FILE, text)).toEqual([]);
  });

  it.each([
    ["import { useState } from 'react';", 'react'],
    ['import { createRoot } from "react-dom/client";', 'react-dom'],
    ["import type { Node } from '@xyflow/react';", '@xyflow/*'],
    ["import { getBezierPath } from '@xyflow/system';", '@xyflow/*'],
    ["export { create } from 'zustand';", 'zustand'],
    ["import { temporal } from 'zundo';", 'zundo'],
    ["const { toPng } = await import('html-to-image');", 'html-to-image'],
    ['const jsx = require("react/jsx-runtime");', 'react'],
    ['import "zustand/middleware";', 'zustand'],
    ['const m = await import(`react-dom`);', 'react-dom'],
  ])('rejects %s', (text, pkg) => {
    const found = findViolations(FILE, text);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(pkg);
    expect(found[0]).toMatchObject({ file: FILE, line: 1 });
  });

  it('rejects imports that reach into app/', () => {
    const text = [
      "import { a } from './ok';",
      "import { useStore } from '../../app/store/useStore';",
      "import '/app/main';",
    ].join('\n');
    expect(lines(text)).toEqual([2, 3]);
    expect(messages(text)[0]).toContain('app/');
  });

  it('allows a src/ folder that merely has app in its name', () => {
    expect(findViolations(FILE, "import { x } from '../application/x';")).toEqual([]);
  });

  it('ignores imports inside comments and strings', () => {
    const text = [
      "// import { useState } from 'react';",
      '/* import { create } from "zustand";',
      "   require('react-dom') */",
      "const hint = \"import x from 'react'\";",
      "const doc = `import 'zundo'`;",
    ].join('\n');
    expect(findViolations(FILE, text)).toEqual([]);
  });
});

describe('findViolations: DOM globals', () => {
  it('reports each use with its line', () => {
    const text = [
      'const a = 1;',
      'const w = window.innerWidth;',
      '',
      "localStorage.setItem('k', 'v');",
      "if (typeof document !== 'undefined') {}",
      'const p = new DOMParser();',
      'const ok = globalThis.navigator;',
    ].join('\n');
    expect(lines(text)).toEqual([2, 4, 5, 6, 7]);
    expect(messages(text)[0]).toContain("'window'");
  });

  it.each(['sessionStorage', 'indexedDB', 'HTMLElement', 'XMLSerializer'])('rejects %s', (name) => {
    expect(lines(`const x = ${name};`)).toEqual([1]);
  });

  it('ignores globals named in comments, strings and templates', () => {
    const text = [
      '// the window of opportunity',
      '/** Reads the document model. */',
      "const msg = 'close the window';",
      'const t = `document ${count} of navigator`;',
    ].join('\n');
    expect(findViolations(FILE, text)).toEqual([]);
  });

  it('catches globals inside template substitutions', () => {
    expect(lines('const t = `width: ${window.innerWidth}px`;')).toEqual([1]);
    expect(lines('const t = `a ${`b ${document.title}`} c`;')).toEqual([1]);
  });

  it('ignores properties, keys and parameters that share a name', () => {
    const text = [
      'const a = report.document;',
      'const b = obj?.window;',
      'const c = { window: 3, document: 4 };',
      'interface Opts {',
      '  readonly navigator?: string;',
      '  document: string',
      '}',
      'function f(window: number) { return 1; }',
      'const windowSize = 3; const $document = 1; const document_ = 2;',
    ].join('\n');
    expect(findViolations(FILE, text)).toEqual([]);
  });

  it('still reports a global used as a ternary branch', () => {
    expect(lines('const x = ok ? window : undefined;')).toEqual([1]);
  });

  it('does not let a regex literal with a quote hide later code', () => {
    const text = ["const re = /['\"`]/g;", 'const w = window;'].join('\n');
    expect(lines(text)).toEqual([2]);
  });

  it('treats a slash after an identifier as division', () => {
    const text = ['const half = total / 2; const q = "/";', 'const d = document;'].join('\n');
    expect(lines(text)).toEqual([2]);
  });
});

describe('findViolations: workers', () => {
  it('rejects creating a worker in src/', () => {
    expect(lines("const w = new Worker(new URL('./x.ts', import.meta.url));")).toEqual([1]);
    expect(lines('const w = new SharedWorker(url);')).toEqual([1]);
  });

  it('accepts types and words that mention workers', () => {
    expect(findViolations(FILE, 'type LayoutWorker = { run(): void };\nconst s = "new Worker(";')).toEqual([]);
  });
});

describe('lintTree', () => {
  let root = '';
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('walks src/, including tests, and reports repo-relative paths', () => {
    root = mkdtempSync(path.join(tmpdir(), 'lint-src-'));
    mkdirSync(path.join(root, 'src', 'rules'), { recursive: true });
    writeFileSync(path.join(root, 'src', 'ok.ts'), "export const a = 1;\n");
    writeFileSync(path.join(root, 'src', 'rules', 'bad.test.ts'), "\nimport { render } from 'react-dom';\n");
    writeFileSync(path.join(root, 'src', 'rules', 'types.d.ts'), 'declare const window: unknown;\n');
    const result = lintTree(root);
    expect(result.files).toBe(2);
    expect(result.violations).toEqual([
      expect.objectContaining({ file: 'src/rules/bad.test.ts', line: 2 }),
    ]);
  });

  it('passes when there is no src/ folder', () => {
    root = mkdtempSync(path.join(tmpdir(), 'lint-src-'));
    expect(lintTree(root)).toEqual({ files: 0, violations: [] });
  });
});
