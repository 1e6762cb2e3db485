'use client'

import type { FocusEvent, ReactNode } from 'react'

/**
 * A region that scrolls sideways inside the page, for a data table wider than a phone (WCAG 1.4.10
 * allows this for tables). It takes keyboard focus so the arrow keys can scroll it.
 *
 * Browsers scroll a newly focused link into view only when it is entirely hidden, so a link half
 * inside the region would stay cut off at the edge (WCAG 2.4.11). When focus moves to something
 * inside, this scrolls the region just enough to show all of it. Without JavaScript the region still
 * scrolls with the arrow keys.
 */
export function ScrollRegion({ labelledBy, className = '', children }: { labelledBy: string; className?: string; children: ReactNode }) {
  function revealFocused(event: FocusEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }
  return (
    <div className={`table-scroll ${className}`} role="region" aria-labelledby={labelledBy} tabIndex={0} onFocus={revealFocused}>
      {children}
    </div>
  )
}
