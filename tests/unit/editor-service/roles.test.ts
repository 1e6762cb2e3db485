import { describe, expect, it } from 'vitest'
import { accessFor, parseRolesFile, RolesFileError } from '@/lib/editor-service/roles'

const FILE = `people:
  - email: Web.Editor@example.org
    name: Dana Reyes
    roles: [editor, publisher]
  - email: clinical.director@example.org
    name: Sam Okafor
    credentials: LCAS
    roles: [clinical-reviewer]
groups:
  - group: web-editors
    roles: [editor]
  - group: translators
    roles: [translation-reviewer]
`

function problemsOf(text: string): string[] {
  try {
    parseRolesFile(text, 'roles.yaml')
  } catch (error) {
    if (error instanceof RolesFileError) return error.problems
    throw error
  }
  return []
}

describe('the roles file', () => {
  const file = parseRolesFile(FILE, 'roles.yaml')

  it('gives a person their own roles, by email in any case', () => {
    expect(accessFor({ email: 'web.editor@example.org', name: 'D. Reyes', groups: [] }, file)).toEqual({ roles: ['editor', 'publisher'], displayName: 'Dana Reyes' })
  })

  it('gives a reviewer the name and credentials pages may show', () => {
    expect(accessFor({ email: 'CLINICAL.DIRECTOR@example.org', name: 'Samuel', groups: [] }, file)).toEqual({ roles: ['clinical-reviewer'], displayName: 'Sam Okafor', credentials: 'LCAS' })
  })

  it('gives a person in two groups the roles of both, and adds their own', () => {
    expect(accessFor({ email: 'someone@example.org', name: 'Ana', groups: ['web-editors', 'translators'] }, file).roles).toEqual(['editor', 'translation-reviewer'])
    expect(accessFor({ email: 'clinical.director@example.org', name: 'Sam', groups: ['web-editors'] }, file).roles).toEqual(['editor', 'clinical-reviewer'])
  })

  it('gives no role to a person it does not list', () => {
    expect(accessFor({ email: 'visitor@example.org', name: 'Visitor', groups: ['other'] }, file)).toEqual({ roles: [], displayName: 'Visitor' })
  })

  it('refuses bad YAML, naming the line', () => {
    expect(problemsOf('people:\n  - email: a@example.org\n    roles: [editor\n')).toEqual([expect.stringMatching(/^line \d+: this is not valid YAML/)])
  })

  it('refuses an unknown role, naming the line and the nearest role', () => {
    expect(problemsOf('people:\n  - email: a@example.org\n    roles: [editor, publsher]\n')).toEqual([
      'line 3, people.0.roles.1: "publsher" is not a role. Did you mean "publisher"? The roles are editor, clinical-reviewer, translation-reviewer, publisher.',
    ])
  })

  it('refuses an unknown field, a bad email, an empty role list and a person listed twice', () => {
    expect(problemsOf('people:\n  - email: a@example.org\n    role: [editor]\n')[0]).toMatch(/people\.0/)
    expect(problemsOf('people:\n  - email: not-an-email\n    roles: [editor]\n')).toEqual([expect.stringMatching(/people\.0\.email: must be an email address/)])
    expect(problemsOf('groups:\n  - group: staff\n    roles: []\n')).toEqual([expect.stringMatching(/groups\.0\.roles: lists no role/)])
    expect(problemsOf('people:\n  - email: a@example.org\n    roles: [editor]\n  - email: A@example.org\n    roles: [publisher]\n')).toEqual([expect.stringMatching(/a@example.org is listed twice/)])
  })

  it('names the file in its message', () => {
    expect(() => parseRolesFile('people: [', '/etc/anuvia/roles.yaml')).toThrow(/The roles file \/etc\/anuvia\/roles.yaml has problems/)
  })
})
