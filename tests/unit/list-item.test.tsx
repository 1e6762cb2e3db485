// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ListItem } from '@/components/mdx/list-item'

afterEach(cleanup)

describe('ListItem (MDX list items)', () => {
  it('marks an item that is only a link, so the link gets a full-size tap target', () => {
    render(
      <ul>
        <ListItem>
          {'\n'}
          <a href="#how-long">How long does an IOP last?</a>
          {'\n'}
        </ListItem>
      </ul>,
    )
    expect(screen.getByRole('listitem').className).toBe('link-only')
  })

  it('leaves a link inside a sentence alone', () => {
    render(
      <ul>
        <ListItem>
          The <a href="#iop">Intensive Outpatient Program</a> meets 3 times a week.
        </ListItem>
      </ul>,
    )
    expect(screen.getByRole('listitem').className).toBe('')
  })

  it('keeps a class it was given', () => {
    render(
      <ul>
        <ListItem className="task-list-item">
          <a href="#x">Only a link</a>
        </ListItem>
        <ListItem className="task-list-item">Just text</ListItem>
      </ul>,
    )
    expect(screen.getAllByRole('listitem').map((li) => li.className)).toEqual(['task-list-item link-only', 'task-list-item'])
  })
})
