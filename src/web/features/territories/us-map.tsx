import { Box, Paper, Skeleton } from '@mantine/core';
import { type ReactNode, useRef, useState } from 'react';
import { MAP_HEIGHT, MAP_WIDTH, useUsMapShapes } from './us-map-shapes';

type Props = {
  /** A colour or `url(#pattern)` for a state. */
  fill: (code: string) => string;
  /** <pattern> elements the fills refer to. */
  defs?: ReactNode;
  /** The accessible name of a state's button. */
  label: (code: string, name: string) => string;
  tooltip: (code: string) => ReactNode;
  onPick: (code: string) => void;
  selected?: string | null;
};

// States too small to carry a readable code at this size (the tooltip names them).
const MIN_LABEL_AREA = 900;

/** The 50 states + DC as an SVG choropleth: hover for a tooltip, click (or Enter) to pick a state. */
export function UsMap({ fill, defs, label, tooltip, onPick, selected }: Props) {
  const shapes = useUsMapShapes();
  const box = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);

  if (!shapes.data) return <Skeleton h={0} pb={`${(MAP_HEIGHT / MAP_WIDTH) * 100}%`} radius="md" />;

  const track = (code: string) => (e: React.MouseEvent) => {
    const r = box.current?.getBoundingClientRect();
    if (r) setHover({ code, x: e.clientX - r.left, y: e.clientY - r.top });
  };
  const width = box.current?.clientWidth ?? MAP_WIDTH;
  const hovered = shapes.data.find((s) => s.code === hover?.code);
  return (
    <Box ref={box} pos="relative" onMouseLeave={() => setHover(null)}>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        width="100%"
        aria-label="Map of US states"
        style={{ display: 'block' }}
      >
        <defs>{defs}</defs>
        {shapes.data.map((s) => (
          // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>
          <path
            key={s.code}
            d={s.d}
            role="button"
            tabIndex={0}
            aria-label={label(s.code, s.name)}
            fill={fill(s.code)}
            stroke="#fff"
            strokeWidth={0.9}
            strokeLinejoin="round"
            style={{ cursor: 'pointer', outline: 'none' }}
            onMouseMove={track(s.code)}
            onClick={() => onPick(s.code)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onPick(s.code)}
          />
        ))}
        {/* The hovered and the picked state get an outline on top of their neighbours. */}
        {shapes.data
          .filter((s) => s.code === hover?.code || s.code === selected)
          .map((s) => (
            <path
              key={`ring-${s.code}`}
              d={s.d}
              fill="none"
              stroke="var(--mantine-color-dark-6)"
              strokeWidth={2}
              pointerEvents="none"
            />
          ))}
        {shapes.data
          .filter((s) => s.area >= MIN_LABEL_AREA)
          .map((s) => (
            <text
              key={`label-${s.code}`}
              x={s.centroid[0]}
              y={s.centroid[1]}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={s.area > 4000 ? 13 : 10.5}
              fontWeight={600}
              fill="var(--mantine-color-dark-7)"
              stroke="rgba(255,255,255,0.85)"
              strokeWidth={2.5}
              paintOrder="stroke"
              pointerEvents="none"
              aria-hidden
            >
              {s.code}
            </text>
          ))}
      </svg>
      {hover && hovered ? (
        <Paper
          shadow="md"
          withBorder
          radius="md"
          p="sm"
          pos="absolute"
          w={250}
          style={{
            top: hover.y + 16,
            left: hover.x + 266 > width ? hover.x - 266 : hover.x + 16,
            pointerEvents: 'none',
            zIndex: 2,
          }}
        >
          {tooltip(hovered.code)}
        </Paper>
      ) : null}
    </Box>
  );
}
