import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeIcon } from './sanitizeIcon';

describe('sanitizeIcon', () => {
  it('keeps the shapes of a real AWS icon and drops its title', () => {
    const raw = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules/aws-icons/icons/architecture-service/AmazonRDS.svg'), 'utf8');
    const icon = sanitizeIcon(raw)!;
    expect(icon.viewBox).toBe('0 0 64 64');
    expect(icon.body).toMatch(/^<g fill="none" fill-rule="evenodd"><path fill="#c925d1" d="M0 0h64v64H0z"\/>/);
    expect(icon.body).not.toContain('title');
    expect(icon.body.match(/<path/g)).toHaveLength(2);
  });

  it('drops scripts, styles, foreignObject, links and their content, event and href attributes, and url() values', () => {
    const icon = sanitizeIcon(
      `<?xml version="1.0"?><!DOCTYPE svg><svg viewBox="0 0 10 10" onload="a()"><!-- <script>x</script> --><script><![CDATA[ alert(1) ]]></script>` +
        `<style>path{fill:url(javascript:alert(2))}</style><foreignObject><div><path d="M9 9"/></div></foreignObject>` +
        `<a href="javascript:alert(3)"><path d="M1 1"/></a><path d="M0 0h1" onclick="b()" style="fill:red" fill="url(#g)" stroke="#000" xlink:href="#x"/>` +
        `<g transform="translate(1 2)"><circle cx="1" cy="1" r="1" fill='#fff'/></g></svg>`,
    )!;
    expect(icon.body).toBe('<path d="M0 0h1" stroke="#000"/><g transform="translate(1 2)"><circle cx="1" cy="1" r="1" fill="#fff"/></g>');
  });

  it('refuses a file without an svg root or a numeric viewBox, and closes what the file left open', () => {
    expect(sanitizeIcon('<path d="M0 0"/>')).toBeUndefined();
    expect(sanitizeIcon('<svg viewBox="javascript:1"><path d="M0 0"/></svg>')).toBeUndefined();
    expect(sanitizeIcon('<svg viewBox="0,0,4,4"><g><path d="M0 0"/>')).toEqual({ viewBox: '0 0 4 4', body: '<g><path d="M0 0"/></g>' });
  });
});
