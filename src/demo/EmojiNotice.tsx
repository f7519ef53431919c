// Tells the person when this browser cannot draw the emotion markers, and
// how to fix it, instead of leaving them to wonder about empty boxes.
import { useState } from 'react';
import { canDrawColourEmoji } from './emoji.ts';

export const EMOJI_FONT_HINT =
  'This browser has no colour-emoji font, so the emotion markers (😡 😟 😐 🙂 😍) may show as empty boxes. Colours still show each emotion. To see the markers, install a colour-emoji font (on Debian or Ubuntu: sudo apt-get install fonts-noto-color-emoji) and reload.';

export function EmojiNotice() {
  const [drawable] = useState(() => canDrawColourEmoji(document));
  if (drawable) return null;
  return (
    <p className="demo-emoji-notice" role="note">
      {EMOJI_FONT_HINT}
    </p>
  );
}
