import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { commitMessage } from '@/lib/editor-service/commit-message'

const facts = fs.readFileSync('content/program-facts.yaml', 'utf8')

describe('commit messages', () => {
  it('names a page by its address', () => {
    expect(commitMessage([{ path: 'content/en/faq.mdx', before: 'a', after: 'b' }])).toBe('Edit /faq')
    expect(commitMessage([{ path: 'content/es/programs/sacot.mdx', before: 'a', after: 'b' }])).toBe('Edit /es/programs/sacot')
    expect(commitMessage([{ path: 'content/en/first-visit.mdx', before: undefined, after: 'b' }])).toBe('Add /first-visit')
    expect(commitMessage([{ path: 'content/en/old.mdx', before: 'a', after: undefined }])).toBe('Delete /old')
  })

  it('says which fact changed, from what to what, by the form\'s labels', () => {
    expect(commitMessage([{ path: 'content/program-facts.yaml', before: facts, after: facts.replace('weeks: 12', 'weeks: 13') }])).toBe('Program facts: Programs, Intensive Outpatient Program, Weeks 12 to 13')
  })

  it('names a picture by its file', () => {
    expect(commitMessage([{ path: 'public/images/team.jpg', before: undefined, after: 'x' }])).toBe('Add picture public/images/team.jpg')
  })

  it('leads with the page and lists every file of a save of several', () => {
    const message = commitMessage([
      { path: 'public/images/team.jpg', before: undefined, after: 'x' },
      { path: 'content/en/faq.mdx', before: 'a', after: 'b' },
    ])
    expect(message).toBe('Edit /faq (and 1 more)\n\n- Edit /faq\n- Add picture public/images/team.jpg')
  })
})
