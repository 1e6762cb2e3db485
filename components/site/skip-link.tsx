/** The first thing the Tab key reaches: jumps past the header to the page's main content. */
export function SkipLink() {
  return (
    <a href="#main-content" className="skip-link">
      Skip to main content
    </a>
  )
}
