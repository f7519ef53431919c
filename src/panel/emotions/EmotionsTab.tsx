// Placeholder from the panel shell so the lazy import resolves; the owner of
// src/panel/emotions/ replaces this file with the real tab.
export default function EmotionsTab() {
  return <p className="jm-loading">Emotions: coming soon.</p>;
}
