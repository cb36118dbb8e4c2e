import { ChartGroups } from './chart-groups';
import { ChartLabels, ChartTiles } from './chart-tiles';

import type { GroupNode, TileNode } from '../layout/compute-landscape-layout';
import type { Region } from '../layout/navigate';
import type { TileLabelLines } from '../layout/tile-labels';
import type { ChartPalette } from '../render/chart-style';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

export type ChartLayersProps = {
  groups: readonly GroupNode[];
  /** Tiles as drawn now (mid-glide they differ from `settledTiles`). */
  tiles: readonly TileNode[];
  /** Tiles as laid out, which labels are laid out for; default `tiles`. */
  settledTiles?: readonly TileNode[];
  names: ReadonlyMap<string, string>;
  statusById: ReadonlyMap<string, DisplayStatus>;
  /** Items kept at full strength; the rest are faded. `null`: none faded. */
  emphasis: ReadonlySet<string> | null;
  palette: ChartPalette;
  /** Zoom level of detail (see zoomLevelOfDetail); 1 for a page or poster. */
  lod: number;
  /** Prefix of the StatusPatternDefs ids in the same SVG. */
  patternPrefix: string;
  /** Whether clicking a group zooms (see ChartGroups). */
  zoomable?: boolean;
  /** Multiplies headings (see ChartGroups' fontScale); 1 is the site. */
  headingScale?: number;
  /** Multiplies tile labels (see ChartLabels' labelScale); 1 is the site. */
  labelScale?: number;
  /** Layout region to label; `null` leaves tiles unlabelled (an overview poster). */
  labelRegion: Region | null;
  logos?: ReadonlyMap<string, string | null>;
  /** Labels laid out elsewhere (an export's); default: the view's own. */
  labels?: ReadonlyMap<string, TileLabelLines>;
};

/**
 * The chart's three SVG layers, in order: group boxes with headings, tiles
 * with status patterns, then names and logos. The live SVG chart, the
 * exports and the booth poster all draw through this.
 */
export function ChartLayers(props: ChartLayersProps) {
  const { tiles, statusById, emphasis, palette } = props;
  return (
    <>
      <ChartGroups
        groups={props.groups}
        lod={props.lod}
        palette={palette}
        zoomable={props.zoomable ?? false}
        fontScale={props.headingScale}
      />
      <ChartTiles
        tiles={tiles}
        statusById={statusById}
        matches={emphasis}
        palette={palette}
        patternPrefix={props.patternPrefix}
      />
      {props.labelRegion && (
        <ChartLabels
          tiles={tiles}
          settled={props.settledTiles}
          names={props.names}
          logos={props.logos}
          labels={props.labels}
          statusById={statusById}
          lod={props.lod}
          matches={emphasis}
          palette={palette}
          labelScale={props.labelScale}
          {...props.labelRegion}
        />
      )}
    </>
  );
}
