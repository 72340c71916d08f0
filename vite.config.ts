import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';

/**
 * The policy lives in index.html's meta tag; the preview server sends the same
 * one as a header so the two cannot drift. frame-ancestors only works in a
 * header (browsers ignore it in a meta tag), hence the extra directive.
 */
function contentSecurityPolicyFromIndexHtml(): string {
  const html = readFileSync(new URL('./index.html', import.meta.url), 'utf8');
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match?.[1]) {
    throw new Error('index.html has no Content-Security-Policy meta tag');
  }
  return match[1].trim();
}

const headerPolicy = `${contentSecurityPolicyFromIndexHtml()}; frame-ancestors 'none'`;

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    target: 'es2022',
  },
  worker: {
    format: 'es',
  },
  optimizeDeps: {
    // Without this the dev server discovers elk on the first layout and reloads the page.
    include: ['elkjs/lib/elk.bundled.js'],
  },
  preview: {
    port: 5173,
    headers: {
      'Content-Security-Policy': headerPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
