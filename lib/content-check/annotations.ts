/**
 * Content problems as GitHub Actions workflow commands, so a pull request shows each problem on
 * the line it is about: `::error file=content/en/faq.mdx,line=24,col=37,title=…::message`.
 * Escaping follows GitHub's runner (toCommandValue / escapeData / escapeProperty in
 * actions/toolkit): `%`, CR and LF in the message; also `:` and `,` in a property.
 */
import type { ContentProblem } from '@/lib/content'

export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

/** One workflow command for one problem. The hint follows the message on a new line. */
export function toAnnotation(problem: ContentProblem): string {
  const properties: [string, string | number | undefined][] = [
    ['file', problem.file],
    ['line', problem.line],
    ['col', problem.line ? problem.column : undefined],
    ['title', problem.field ? `Content check: ${problem.field}` : 'Content check'],
  ]
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  const message = problem.hint ? `${problem.message}\nWhat to do: ${problem.hint}` : problem.message
  return `::${problem.severity} ${props}::${escapeData(message)}`
}

/** True when running as a step of a GitHub Actions workflow. */
export function inGitHubActions(env: Record<string, string | undefined> = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true'
}
