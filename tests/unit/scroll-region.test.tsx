// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ScrollRegion } from '@/components/site/scroll-region'

afterEach(cleanup)

function renderTable() {
  render(
    <ScrollRegion labelledBy="caption">
      <table>
        <caption id="caption">Programs</caption>
        <tbody>
          <tr>
            <td>
              <a href="#sacot">SACOT</a>
            </td>
          </tr>
        </tbody>
      </table>
    </ScrollRegion>,
  )
  // jsdom does no layout, so it has no scrollIntoView; record the calls instead.
  const scrollIntoView = vi.fn()
  Element.prototype.scrollIntoView = scrollIntoView
  return { region: screen.getByRole('region', { name: 'Programs' }), link: screen.getByRole('link', { name: 'SACOT' }), scrollIntoView }
}

describe('ScrollRegion', () => {
  it('is a named region that the keyboard can reach, to scroll it with the arrow keys', () => {
    const { region } = renderTable()
    expect(region.tabIndex).toBe(0)
    expect(region.getAttribute('aria-labelledby')).toBe('caption')
  })

  it('scrolls a focused link inside it fully into view, as little as needed', () => {
    const { link, scrollIntoView } = renderTable()
    fireEvent.focus(link)
    expect(scrollIntoView).toHaveBeenCalledOnce()
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest', inline: 'nearest' })
    expect(scrollIntoView.mock.contexts[0]).toBe(link)
  })

  it('leaves the scroll position alone when the region itself gets focus', () => {
    const { region, scrollIntoView } = renderTable()
    fireEvent.focus(region)
    expect(scrollIntoView).not.toHaveBeenCalled()
  })
})
