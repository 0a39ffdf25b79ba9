// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/ui/panels/markdown';

/** Every way a note found by the hardening probe made the browser fetch on render. */
const FETCHING_MARKUP = [
  '<video poster="http://rec.example/poster" src="http://rec.example/video"></video>',
  '<audio src="http://rec.example/audio"></audio>',
  '<video><source src="http://rec.example/source"></video>',
  '<input type="image" src="http://rec.example/input">',
  '<table background="http://rec.example/table"><tr><td background="http://rec.example/td">x</td></tr></table>',
  '<img src="http://rec.example/img">',
  '<picture><source srcset="http://rec.example/srcset"></picture>',
  '<object data="http://rec.example/object"></object>',
  '<embed src="http://rec.example/embed">',
  '<link rel="stylesheet" href="http://rec.example/css">',
  '<svg><image href="http://rec.example/svg-image"></image></svg>',
  '<p style="background:url(http://rec.example/style)">s</p>',
  '<iframe src="http://rec.example/frame"></iframe>',
  '![alt](http://rec.example/markdown-image)',
];

describe('note Markdown', () => {
  it.each(FETCHING_MARKUP)('keeps nothing that fetches: %s', async (markup) => {
    const html = await renderMarkdown(`before\n\n${markup}\n\nafter`);
    // The only attribute allowed to hold an address is a link's href, and links do not fetch.
    const host = document.createElement('div');
    host.innerHTML = html;
    for (const element of host.querySelectorAll('*')) {
      for (const attribute of element.attributes)
        if (attribute.value.includes('rec.example'))
          expect(`${element.tagName.toLowerCase()} ${attribute.name}`).toBe('a href');
    }
    expect(html).not.toMatch(/<(?:img|video|audio|source|input|object|embed|link|iframe|image)\b/i);
    expect(html).not.toMatch(/\b(?:style|background|poster|srcset)=/i);
    expect(html).toContain('after');
  });

  it('keeps inert formatting and safe links, and drops script links', async () => {
    const html = await renderMarkdown(
      '# 标题\n\n**粗** *斜* `code`\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n[ok](https://x.example/) [bad](javascript:alert(1))',
    );
    expect(html).toContain('<h1>标题</h1>');
    expect(html).toContain('<strong>粗</strong>');
    expect(html).toContain('<table>');
    expect(html).toContain(
      '<a target="_blank" rel="noopener noreferrer" href="https://x.example/">ok</a>',
    );
    expect(html).not.toContain('javascript:');
  });
});
