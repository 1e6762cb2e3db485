/**
 * The reference "empty Next.js page": an app-router page with one heading, built with the same next,
 * react and react-dom as the site. What it downloads is what the framework costs before a site adds
 * anything; the benchmark shows it beside the site and beside the same pages as plain HTML.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export type FrameworkVersions = Record<'next' | 'react' | 'react-dom', string>

/** The versions installed in node_modules, as resolved from the project. */
export function installedFrameworkVersions(projectRoot = process.cwd()): FrameworkVersions {
  const require = createRequire(path.join(projectRoot, 'package.json'))
  const version = (name: string) => (JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version
  return { next: version('next'), react: version('react'), 'react-dom': version('react-dom') }
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
