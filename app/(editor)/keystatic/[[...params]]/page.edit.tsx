// The editor draws every screen itself, from the layout next to this folder.
export default function Page() {
  return null
}
