/**
 * The floor: an empty Next.js app-router page, built with the same next, react and react-dom as
 * the site. What it downloads is what the framework costs before the site adds anything.
 *
 * The benchmark builds it and records its byte count in bench/baseline.json with the versions it
 * was built with; the budget test reads that record instead of building the baseline each time.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { z } from 'zod'

export const BASELINE_FILE = path.join('bench', 'baseline.json')

export const FRAMEWORK_PACKAGES = ['next', 'react', 'react-dom'] as const
export type FrameworkVersions = Record<(typeof FRAMEWORK_PACKAGES)[number], string>

const byteCount = z.strictObject({
  html: z.number().int().nonnegative(),
  css: z.number().int().nonnegative(),
  js: z.number().int().nonnegative(),
  font: z.number().int().nonnegative(),
  image: z.number().int().nonnegative(),
  other: z.number().int().nonnegative(),
  requests: z.number().int().positive(),
})

const baselineRecordSchema = z.strictObject({
  note: z.string(),
  versions: z.strictObject({ next: z.string(), react: z.string(), 'react-dom': z.string() }),
  measuredAt: z.string(),
  /** gzip bytes a first visit to the empty page downloads, counted as for the site's pages. */
  page: byteCount,
})

export type BaselineRecord = z.output<typeof baselineRecordSchema>

const RE_MEASURE = 'Run `npm run bench` to re-measure the baseline (it rewrites bench/baseline.json).'

/** The versions installed in node_modules, as resolved from the project. */
export function installedFrameworkVersions(projectRoot = process.cwd()): FrameworkVersions {
  const require = createRequire(path.join(projectRoot, 'package.json'))
  const version = (name: string) => (JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version
  return { next: version('next'), react: version('react'), 'react-dom': version('react-dom') }
}

export function readBaseline(projectRoot = process.cwd()): BaselineRecord {
  const file = path.join(projectRoot, BASELINE_FILE)
  if (!fs.existsSync(file)) throw new Error(`${BASELINE_FILE} is missing. ${RE_MEASURE}`)
  const result = baselineRecordSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    throw new Error(`${BASELINE_FILE} is not in the expected shape (${problems}). ${RE_MEASURE}`)
  }
  return result.data
}

export function writeBaseline(record: BaselineRecord, projectRoot = process.cwd()): void {
  fs.writeFileSync(path.join(projectRoot, BASELINE_FILE), `${JSON.stringify(baselineRecordSchema.parse(record), null, 2)}\n`)
}

/** Why the recorded baseline no longer describes the installed framework, or undefined if it does. */
export function staleBaselineMessage(recorded: FrameworkVersions, installed: FrameworkVersions): string | undefined {
  const changed = FRAMEWORK_PACKAGES.filter((name) => recorded[name] !== installed[name]).map(
    (name) => `${name} ${recorded[name]} when measured, ${installed[name]} installed`,
  )
  if (changed.length === 0) return undefined
  return `The baseline in ${BASELINE_FILE} was measured with other versions (${changed.join('; ')}). ${RE_MEASURE}`
}

/**
 * The files of the empty app. JSX rather than TypeScript, so the baseline build has no type-check
 * step the site's build would not also have, and no tsconfig to generate.
 * `turbopackAdditionalRoots` lets Turbopack follow the node_modules symlink to the project's
 * packages: Turbopack does not resolve files outside the app's root otherwise.
 */
export function baselineAppFiles(projectRoot: string): Record<string, string> {
  const config = {
    output: 'export',
    experimental: { turbopackAdditionalRoots: { project: { path: projectRoot } } },
  }
  return {
    'package.json': `${JSON.stringify({ name: 'nextjs-baseline', private: true }, null, 2)}\n`,
    'next.config.mjs': `export default ${JSON.stringify(config, null, 2)}\n`,
    'app/layout.jsx': [
      'export default function RootLayout({ children }) {',
      '  return (',
      '    <html lang="en">',
      '      <body>{children}</body>',
      '    </html>',
      '  )',
      '}',
      '',
    ].join('\n'),
    'app/page.jsx': ['export default function Page() {', '  return <h1>Baseline</h1>', '}', ''].join('\n'),
  }
}
