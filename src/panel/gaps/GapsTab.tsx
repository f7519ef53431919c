// Placeholder from the panel shell so the lazy import resolves; the owner of
// src/panel/gaps/ replaces this file with the real tab.
export default function GapsTab() {
  return <p className="jm-loading">Gap check: coming soon.</p>;
}
