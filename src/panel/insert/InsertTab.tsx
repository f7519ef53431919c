// Placeholder from the panel shell so the lazy import resolves; the owner of
// src/panel/insert/ replaces this file with the real tab.
export default function InsertTab() {
  return <p className="jm-loading">Insert: coming soon.</p>;
}
