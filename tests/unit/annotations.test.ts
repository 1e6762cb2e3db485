import { describe, expect, it } from 'vitest'
import { escapeData, escapeProperty, inGitHubActions, toAnnotation } from '@/lib/content-check/annotations'

describe('GitHub annotations for content problems', () => {
  it('gives the file, line, column, title and the message with what to do', () => {
    expect(
      toAnnotation({
        file: 'content/en/faq.mdx',
        line: 24,
        column: 37,
        message: 'There is no fact called "iop.week". Did you mean "iop.weeks"?',
        hint: 'Check the spelling.',
        severity: 'error',
      }),
    ).toBe(
      '::error file=content/en/faq.mdx,line=24,col=37,title=Content check::There is no fact called "iop.week". Did you mean "iop.weeks"?%0AWhat to do: Check the spelling.',
    )
  })

  it('names the field in the title and leaves out what it does not know', () => {
    expect(toAnnotation({ file: 'content/en/about.mdx', field: 'lastReviewed', message: 'This field is missing.', severity: 'warning' })).toBe(
      '::warning file=content/en/about.mdx,title=Content check%3A lastReviewed::This field is missing.',
    )
  })

  it('escapes as the GitHub runner does: %, CR and LF everywhere; colon and comma in properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b')
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A')
    // A file name with a comma cannot end the file property early.
    expect(toAnnotation({ file: 'content/a,b.mdx', line: 1, message: 'x', severity: 'error' })).toBe(
      '::error file=content/a%2Cb.mdx,line=1,title=Content check::x',
    )
  })

  it('runs only in GitHub Actions', () => {
    expect(inGitHubActions({ GITHUB_ACTIONS: 'true' })).toBe(true)
    expect(inGitHubActions({})).toBe(false)
  })
})

describe('npm run content:check in GitHub Actions', () => {
  it('prints an annotation for each problem', async () => {
    const { execFileSync } = await import('node:child_process')
    let output = ''
    try {
      execFileSync('npx', ['tsx', 'scripts/content-check.ts', '--dir=tests/fixtures/bad', '--today=2026-11-27'], {
        env: { ...process.env, GITHUB_ACTIONS: 'true' },
        encoding: 'utf8',
      })
    } catch (error) {
      output = (error as { stdout: string }).stdout
    }
    expect(output).toMatch(/^::error file=tests\/fixtures\/bad\/en\/unknown-fact\.mdx,line=\d+,col=\d+,title=Content check::There is no fact called/m)
  }, 60_000)
})
