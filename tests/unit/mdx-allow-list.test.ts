/**
 * The page allow-list (lib/content/mdx-allow-list.ts): Markdown and the site's components with their
 * declared plain-value props pass; everything else is refused with its line and what to write.
 */
import { describe, expect, it } from 'vitest'
import { allowListProblems, urlProblem } from '@/lib/content/mdx-allow-list'
import { compileMdx } from '@/lib/content/mdx-text'

async function problemsIn(body: string) {
  const compiled = await compileMdx(`---\ntitle: x\n---\n\n${body}\n`)
  if ('error' in compiled) throw new Error(`does not compile: ${compiled.error.reason}`)
  return allowListProblems(compiled.tree)
}

describe('what pages may hold', () => {
  it('passes Markdown and the site components as the pages use them', async () => {
    const page = [
      '## A heading',
      'Text with **bold**, *italic*, ~~struck~~, `code` and a [link](/faq#how-long) to [SAMHSA](https://www.samhsa.gov/find-help).',
      '- a list item\n- [ ] a task',
      '1. numbered',
      '> a quote',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      '![A group talking](/images/group.jpg)',
      'Email [us](mailto:info@example.org), see [below](#a-heading).',
      '[ref]: https://www.cdc.gov/stop-overdose/',
      'The IOP lasts <Fact name="iop.weeks" /> weeks. Call <PhoneLink /> or text <PhoneLink line="suicideAndCrisis" sms label="Text" />.',
      '<FactList name="sacot.includes" />',
      '<CallUs>\nCall us today.\n</CallUs>',
      '<CrisisHelp />\n\n<ProgramCards />\n\n<ProgramComparison />',
      '---',
    ].join('\n\n')
    expect(await problemsIn(page)).toEqual([])
  })
})

/** Each case: the MDX, the line it is on (the body starts on line 5), and what the message says. */
const refused: { name: string; body: string; line?: number; message: RegExp; hint?: RegExp }[] = [
  { name: 'an HTML element with code in an attribute', body: 'Hello <abbr title={process.env.HOME}>IOP</abbr>.', message: /cannot contain HTML, like this <abbr> tag/, hint: /Intensive Outpatient Program \(IOP\)/ },
  { name: 'an HTML element with a spread', body: '<abbr {...process.env}>IOP</abbr>', message: /<abbr> tag/ },
  { name: 'a plain HTML element', body: 'Some <strong>bold</strong> words.', message: /<strong> tag/, hint: /\*\*bold words\*\*/ },
  { name: 'a meta refresh', body: '<meta httpEquiv="refresh" content="0;url=https://evil.example" />', message: /<meta> tag/ },
  { name: 'a script element', body: '<script>{"alert(1)"}</script>', message: /<script> tag/ },
  { name: 'an HTML link', body: '<a href="https://evil.example">x</a>', message: /<a> tag/, hint: /\[the words to click\]/ },
  { name: 'an HTML image', body: '<img src="https://evil.example/x.png" alt="x" />', message: /<img> tag/, hint: /!\[what the image shows\]/ },
  { name: 'an iframe', body: '<iframe src="https://evil.example" />', message: /<iframe> tag/ },
  { name: 'a custom element', body: '<my-widget />', message: /<my-widget> tag/ },
  { name: 'a namespaced element', body: '<svg:rect />', message: /<svg:rect> tag/ },
  { name: 'a fragment', body: '<>text</>', message: /empty tag <>/ },
  { name: 'an expression in text', body: 'Two is {1 + 1}.', message: /Curly braces \{ \} hold code/, hint: /write \\\{/ },
  { name: 'an expression on its own line', body: '{require("child_process").execSync("id")}', message: /Curly braces/ },
  { name: 'a comment', body: '{/* a note */}', message: /notes to other editors in \{\/\* \*\/\} included/ },
  { name: 'an import', body: "import x from 'fs'", message: /import or export lines/ },
  { name: 'an export', body: 'export const meta = { a: process.env }', message: /import or export lines/ },
  { name: 'an unknown component', body: '<PhoneNumber />', message: /no component called <PhoneNumber>\. Did you mean <PhoneLink>\?/, hint: /<Fact>/ },
  { name: 'a component prop in curly braces', body: '<Fact name={"iop.weeks"} />', message: /"name" is written in curly braces/ },
  { name: 'a component spread', body: '<Fact {...{ name: "iop.weeks" }} />', message: /<Fact> has something in curly braces/ },
  { name: 'an undeclared prop', body: '<Fact name="iop.weeks" className="x" />', message: /<Fact> has no setting called "className"/, hint: /Its settings are: name/ },
  { name: 'an event handler prop', body: '<PhoneLink onClick="alert(1)" />', message: /no setting called "onClick"/ },
  { name: 'a prop on a component that takes none', body: '<CrisisHelp id="x" />', message: /no setting called "id"/, hint: /takes no settings/ },
  { name: 'a flag given a value', body: '<PhoneLink line="suicideAndCrisis" sms="yes" />', message: /"sms" is an on-or-off setting/ },
  { name: 'a text prop with no value', body: '<Fact name />', message: /"name" needs a value/ },
  { name: 'a missing required prop', body: '<FactList />', message: /<FactList> needs "name"/ },
  { name: 'text inside a component that takes none', body: '<Fact name="iop.weeks">twelve</Fact>', message: /<Fact> cannot have text inside it/ },
  { name: 'a component inside an HTML element', body: '<div><Fact name="iop.weeks" /></div>', message: /<div> tag/ },
  { name: 'a javascript: link', body: '[click](javascript:alert(1))', message: /can only link to https:\/\/ websites/ },
  { name: 'a data: link', body: '[click](data:text/html,hi)', message: /can only link to https/ },
  { name: 'an http link', body: '[site](http://example.org)', message: /starts with http:\/\//, hint: /https:\/\// },
  { name: 'a protocol-relative link', body: '[site](//evil.example)', message: /not the address of a page or file of this site/ },
  { name: 'a link that leaves the site folder', body: '[x](/../etc/passwd)', message: /not the address of a page or file/ },
  { name: 'a link with a backslash', body: '[x](/\\evil.example)', message: /not the address of a page or file/ },
  { name: 'a relative link', body: '[x](faq)', message: /can only link to/, hint: /\/faq/ },
  { name: 'an https link with a user name', body: '[x](https://www.samhsa.gov@evil.example/)', message: /not a web address that can be opened/ },
  { name: 'a link by reference to javascript:', body: '[x][bad]\n\n[bad]: javascript:alert(1)', line: 7, message: /can only link to/ },
  { name: 'an image from another site', body: '![x](https://evil.example/pixel.png)', message: /image "https:\/\/evil\.example\/pixel\.png" is not a file of this site/ },
  { name: 'an image with a data address', body: '![x](data:image/png;base64,AAAA)', message: /is not a file of this site/ },
  { name: 'an image outside public/', body: '![x](/../secret.png)', message: /is not a file of this site/ },
  // L12: footnotes would carry English labels on Spanish pages.
  { name: 'a footnote', body: 'A fact.[^1]\n\n[^1]: The note.', message: /Footnotes \(\[\^1\]\) are not something pages can contain/, hint: /<Cite/ },
  { name: 'a footnote in a heading', body: '## Costs[^2]\n\n[^2]: A note.', message: /Footnotes/ },
  // M1: however an image is written, its address meets the image rule.
  { name: 'an image by reference to another site', body: '![A dot][pic]\n\n[pic]: https://tracker.example/pixel.png', message: /image written by reference/, hint: /in one piece/ },
  { name: 'an image by collapsed reference', body: '![pic][]\n\n[pic]: https://tracker.example/pixel.png', message: /image written by reference/ },
  { name: 'an image by shortcut reference', body: '![pic]\n\n[pic]: https://tracker.example/pixel.png', message: /image written by reference/ },
  { name: 'an image by reference with no alt text', body: '![][pic]\n\n[pic]: https://tracker.example/pixel.png', message: /image written by reference/ },
  { name: 'an image by reference to a file of this site', body: '![A group][pic]\n\n[pic]: /images/group.jpg', message: /image written by reference/ },
  { name: 'an image by reference inside a link', body: '[![A dot][pic]](/faq)\n\n[pic]: https://tracker.example/pixel.png', message: /image written by reference/ },
]

describe('refused, with the line and what to do', () => {
  it.each(refused)('$name', async ({ body, line = 5, message, hint }) => {
    const problems = await problemsIn(body)
    const problem = problems.find((p) => message.test(p.message))
    expect(problem, JSON.stringify(problems, null, 2)).toBeDefined()
    expect(problem!.line).toBe(line)
    expect(problem!.hint.length).toBeGreaterThan(10)
    if (hint) expect(problem!.hint).toMatch(hint)
  })

  it('reports every problem of a page, not only the first', async () => {
    const problems = await problemsIn('<abbr>x</abbr>\n\n{1}\n\n[x](javascript:y)')
    expect(problems.map((p) => p.line)).toEqual([5, 7, 9])
  })
})

describe('addresses', () => {
  it.each(['/', '/faq', '/programs/sacot', '/faq#what-it-costs', '#top', '/images/group-2.jpg', 'https://www.samhsa.gov/find-help/988', 'mailto:info@example.org', 'tel:+17043767447', 'sms:988'])(
    'accepts the link %s',
    (url) => expect(urlProblem(url, 'link')).toBeUndefined(),
  )
  it.each(['/FAQ', '/faq/', '/a//b', '/%2e%2e/x', '/faq?x=1', 'ftp://x.org', 'https://localhost', ' https://x.org', 'vbscript:x', 'mailto:a@b'])('refuses the link %s', (url) =>
    expect(urlProblem(url, 'link')).toBeDefined(),
  )
  it.each(['/images/a.jpg', '/icon.svg'])('accepts the image %s', (url) => expect(urlProblem(url, 'image')).toBeUndefined())
  it.each(['images/a.jpg', '/images/a.jpg#x', 'https://www.cdc.gov/a.png', '//cdn.example/a.png'])('refuses the image %s', (url) => expect(urlProblem(url, 'image')).toBeDefined())
})
