/**
 * Made-up pages for timing the build with more content, and the copy of the project they go in.
 *
 * The pages are valid content (they pass the frontmatter schema and use a real fact), about the
 * length of a real page, so the build does for each what it does for a real one.
 */
import fs from 'node:fs'
import path from 'node:path'
import { REVIEWER_ROLES } from '@/lib/base/content-rules'

/** Top-level pages, built by the site's catch-all route like /faq. */
export const SYNTHETIC_PREFIX = 'bench-page-'

export function syntheticRoute(index: number): string {
  return `/${SYNTHETIC_PREFIX}${String(index).padStart(4, '0')}`
}

/**
 * One made-up page. `lastReviewed` is a parameter (the bench passes today) so the content check,
 * which runs in the build, never finds these pages overdue for review.
 */
export function syntheticPage(index: number, factName: string, lastReviewed: string): { file: string; source: string } {
  const number = String(index).padStart(4, '0')
  const paragraph = (topic: string) =>
    `This paragraph is about ${topic}. It is here so the page is about as long as a real one. ` +
    `You can read it in a minute or two. It uses short words and short sentences, like the rest of the site.`
  const source = [
    '---',
    `title: Benchmark page ${number}`,
    `description: A made-up page, number ${number}, used only to time how long the site takes to build with more pages.`,
    `lastReviewed: ${lastReviewed}`,
    // A role from the content rules; the web content team writes pages like these.
    `reviewedBy: ${REVIEWER_ROLES[0]}`,
    '---',
    '',
    paragraph(`page ${number}`),
    '',
    `A fact from the facts file: <Fact name="${factName}" />.`,
    '',
    '## What you can do',
    '',
    '- Read the page.',
    '- Call us with your questions.',
    '- Ask someone you trust to read it with you.',
    '',
    paragraph('what happens next'),
    '',
    '## Questions',
    '',
    paragraph('questions people ask'),
    '',
    paragraph('help for families'),
    '',
  ].join('\n')
  return { file: `${SYNTHETIC_PREFIX}${number}.mdx`, source }
}

export function writeSyntheticPages(contentDir: string, count: number, factName: string, lastReviewed: string): string[] {
  const routes: string[] = []
  for (let index = 1; index <= count; index++) {
    const page = syntheticPage(index, factName, lastReviewed)
    fs.writeFileSync(path.join(contentDir, page.file), page.source)
    routes.push(syntheticRoute(index))
  }
  return routes
}

/** Not copied: installed packages (linked instead), build output, and what git does not track. */
const NOT_COPIED = new Set(['node_modules', '.next', 'out', 'deploy', '.git', 'test-results', 'playwright-report'])

/**
 * A copy of the project to build in, with node_modules linked rather than copied. Turbopack does
 * not follow a link out of the app's root unless that place is named as an extra root, so the
 * copy's next.config wraps the project's and names the project folder.
 */
export function copyProjectForBuild(projectRoot: string, destination: string): void {
  fs.cpSync(projectRoot, destination, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(projectRoot, source)
      const first = relative.split(path.sep)[0]
      return !NOT_COPIED.has(first) && !relative.startsWith(path.join('bench', 'tmp'))
    },
  })
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(destination, 'node_modules'), 'dir')

  const configFile = ['next.config.mjs', 'next.config.js'].find((name) => fs.existsSync(path.join(destination, name)))
  if (!configFile) throw new Error('The benchmark expects next.config.mjs (or an ES module next.config.js) at the project root.')
  const projectConfig = `next.config.project${path.extname(configFile)}`
  fs.renameSync(path.join(destination, configFile), path.join(destination, projectConfig))
  fs.writeFileSync(path.join(destination, 'next.config.mjs'), nextConfigWrapper(projectConfig, projectRoot))
}

export function nextConfigWrapper(projectConfigFile: string, projectRoot: string): string {
  return [
    `// Written by the benchmark: the project's config, plus an extra Turbopack root for linked node_modules.`,
    `import projectConfig from './${projectConfigFile}'`,
    '',
    `const extraRoots = { project: { path: ${JSON.stringify(projectRoot)} } }`,
    'const withRoots = (config) => ({',
    '  ...config,',
    '  experimental: { ...config.experimental, turbopackAdditionalRoots: { ...config.experimental?.turbopackAdditionalRoots, ...extraRoots } },',
    '})',
    '',
    "export default typeof projectConfig === 'function'",
    '  ? async (...args) => withRoots(await projectConfig(...args))',
    '  : withRoots(projectConfig)',
    '',
  ].join('\n')
}
