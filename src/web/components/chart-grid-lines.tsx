/** The three horizontal guides (top, middle, baseline) of the app's SVG bar charts, in a 0–100 wide viewBox. */
export function ChartGridLines({ height }: { height: number }) {
  return (
    <>
      {[0, 0.5, 1].map((f) => (
        <line
          key={f}
          x1={0}
          x2={100}
          y1={height * f}
          y2={height * f}
          stroke="var(--mantine-color-gray-2)"
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </>
  );
}
