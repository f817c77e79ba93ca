import { useQuery } from '@tanstack/react-query';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { normalizeState, type StateCode } from '../../../shared/us-states';

export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

export type StateShape = {
  code: StateCode;
  name: string;
  /** SVG path in the map's own coordinates (MAP_WIDTH × MAP_HEIGHT). */
  d: string;
  centroid: [number, number];
  area: number;
};

/** Projects the 50 states + DC once (Albers USA, Alaska and Hawaii inset); territories are left out. */
async function loadShapes(): Promise<StateShape[]> {
  // The topology (~115 kB) and the projection code load with the map, not with the app.
  const [{ default: atlas }, { feature }, { geoAlbersUsa, geoPath }] = await Promise.all([
    import('us-atlas/states-10m.json'),
    import('topojson-client'),
    import('d3-geo'),
  ]);
  const topology = atlas as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.states);
  const projection = geoAlbersUsa().fitSize([MAP_WIDTH, MAP_HEIGHT], all);
  const path = geoPath(projection);
  const states: StateShape[] = [];
  for (const f of all.features) {
    const code = normalizeState(f.properties.name);
    const d = path(f);
    if (!code || !d) continue;
    states.push({ code, name: f.properties.name, d, centroid: path.centroid(f), area: path.area(f) });
  }
  return states;
}

export function useUsMapShapes() {
  return useQuery({ queryKey: ['us-map-shapes'], queryFn: loadShapes, staleTime: Number.POSITIVE_INFINITY });
}
