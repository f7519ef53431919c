// Lines of board text as SVG text: React children, never markup.
export interface TextLinesProps {
  lines: readonly string[];
  /** Where the block is anchored: its centre (`middle`) or its left edge (`start`). */
  x: number;
  /** The block's vertical centre, or its top when `top` is set. */
  y: number;
  fontSize: number;
  color: string;
  anchor?: 'middle' | 'start';
  top?: boolean;
  lineHeight?: number;
}

export function TextLines({ lines, x, y, fontSize, color, anchor = 'middle', top = false, lineHeight = 1.25 }: TextLinesProps) {
  const step = fontSize * lineHeight;
  const first = top ? y + fontSize : y - ((lines.length - 1) * step) / 2 + fontSize * 0.35;
  return (
    <text x={x} y={first} fontSize={fontSize} fill={color} textAnchor={anchor} className="demo-text">
      {lines.map((line, index) => (
        <tspan key={index} x={x} y={first + index * step}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
