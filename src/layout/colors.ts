// Colours the layout paints with. Sticky colours are names on the board; shapes
// take hex, so legend swatches use the hex Miro shows for each sticky name.
export const INK = '#1a1a1a';
export const PAPER = '#ffffff';
export const STAGE_FILL = '#3c3a8c';
export const LANE_FILL = '#eeeef6';
export const EMOTION_LANE_FILL = '#fde9d9';
export const CURVE_COLOR = '#e0603a';
