import { ColorSwatch, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { coverageColor, coverageSteps, NO_DATA_FILL, UNASSIGNED_FILL } from './map-colors';
import { StateAssignModal } from './state-assign-modal';
import { StateTooltip } from './state-tooltip';
import { type ColoredRep, stripesId, type TerritoryModel } from './territory-model';
import { UsMap } from './us-map';

type Mode = 'rep' | 'coverage';

/** The territory map: coloured by rep or by coverage, with its legend; a click assigns the state. */
export function TerritoryMap({ model }: { model: TerritoryModel }) {
  const [mode, setMode] = useState<Mode>('rep');
  const [picked, setPicked] = useState<string | null>(null);

  const fill = (code: string) => {
    if (mode === 'coverage') {
      const m = model.metricsOf(code);
      return m && m.total > 0 ? coverageColor(m.coverage) : NO_DATA_FILL;
    }
    const reps = model.repsOf(code);
    if (reps.length === 0) return UNASSIGNED_FILL;
    return reps.length === 1 ? reps[0]!.color : `url(#${stripesId(reps)})`;
  };
  const shared = new Map<string, ColoredRep[]>();
  for (const r of model.reps)
    for (const s of r.states) {
      const reps = model.repsOf(s);
      if (reps.length > 1) shared.set(stripesId(reps), reps);
    }

  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="sm">
        <Stack gap={0}>
          <Title order={2} size="h4">
            Territory map
          </Title>
          <Text size="sm" c="dimmed">
            Click a state to choose who works it. Changes take effect at once.
          </Text>
        </Stack>
        <SegmentedControl
          aria-label="Colour states by"
          value={mode}
          onChange={(v) => setMode(v as Mode)}
          data={[
            { value: 'rep', label: 'By rep' },
            { value: 'coverage', label: 'By coverage' },
          ]}
        />
      </Group>
      <UsMap
        fill={fill}
        defs={[...shared].map(([id, reps]) => <Stripes key={id} id={id} reps={reps} />)}
        label={(code, name) => `${name} (${code})`}
        tooltip={(code) => <StateTooltip code={code} model={model} />}
        onPick={setPicked}
        selected={picked}
      />
      {mode === 'rep' ? <RepLegend model={model} /> : <CoverageLegend />}
      {picked ? <StateAssignModal code={picked} model={model} onClose={() => setPicked(null)} /> : null}
    </Paper>
  );
}

function Stripes({ id, reps }: { id: string; reps: ColoredRep[] }) {
  const w = 7;
  return (
    <pattern
      id={id}
      width={w * reps.length}
      height={10}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      {reps.map((r, i) => (
        <rect key={r.repId} x={i * w} y={0} width={w} height={10} fill={r.color} />
      ))}
    </pattern>
  );
}

function LegendItem({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <ColorSwatch color={color} size={14} radius={3} withShadow={false} />
      <Text size="sm">{label}</Text>
    </Group>
  );
}

function RepLegend({ model }: { model: TerritoryModel }) {
  return (
    <Group gap="lg" mt="md" aria-label="Legend">
      {model.reps.map((r) => (
        <LegendItem key={r.repId} color={r.color} label={`${r.name} · ${r.states.length}`} />
      ))}
      <LegendItem color={UNASSIGNED_FILL} label="No rep" />
      <Text size="xs" c="dimmed">
        Striped: shared by several reps
      </Text>
    </Group>
  );
}

function CoverageLegend() {
  return (
    <Group gap="lg" mt="md" aria-label="Legend">
      <Text size="sm" fw={600}>
        Leads worked
      </Text>
      {coverageSteps.map((s) => (
        <LegendItem key={s.label} color={s.color} label={s.label} />
      ))}
      <LegendItem color={NO_DATA_FILL} label="No leads" />
    </Group>
  );
}
