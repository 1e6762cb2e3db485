/**
 * Tailwind makes CSS only from our own code, never from page text (L8): a word in a page that
 * looks like a class ("w-[123px]", "bg-[url(https://tracker.example/x.png)]") does not reach the
 * stylesheet inlined in every page, and page text never changes the stylesheet's hash.
 */
import fs from 'node:fs'
import path from 'node:path'
import tailwind from '@tailwindcss/postcss'
import postcss from 'postcss'
import { afterAll, expect, it } from 'vitest'

// A copy of the site's stylesheet and design tokens beside a component and a page, inside the
// project so that 'tailwindcss' resolves as it does for app/globals.css.
const root = fs.mkdtempSync(path.join(process.cwd(), 'tests', 'tailwind-sources-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

it('reads the components, not the pages', async () => {
  for (const [file, text] of [
    ['app/globals.css', fs.readFileSync('app/globals.css', 'utf8')],
    ['tailwind.config.ts', fs.readFileSync('tailwind.config.ts', 'utf8')],
    ['components/site/box.tsx', 'export const Box = () => <div className="grid-cols-7" />\n'],
    ['mdx-components.tsx', 'export const x = "tracking-widest"\n'],
    ['content/en/page.mdx', 'Words: `w-[123px]` and `after:content-[\'zzinjected\']` and `bg-[url(https://tracker.example/css.png)]`.\n'],
  ]) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), text)
  }
  const from = path.join(root, 'app/globals.css')
  const { css } = await postcss([tailwind()]).process(fs.readFileSync(from, 'utf8'), { from })
  expect(css).toContain('.grid-cols-7')
  expect(css).toContain('.tracking-widest')
  for (const fromPage of ['123px', 'zzinjected', 'tracker.example']) expect(css).not.toContain(fromPage)
}, 60_000)
