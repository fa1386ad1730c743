import { useState } from 'react';
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useT } from '../../../ui/i18n';
import type { MessageKey } from '../../../ui/i18n';
import type { FinishedMap } from '../use-maps';
import { BurstsCard } from './bursts-card';
import { DensityCard } from './density-card';
import { EvolutionCard } from './evolution-card';
import { HistoriographCard } from './historiograph-card';
import { OverlayMapCard } from './overlay-map-card';
import { StrategicCard } from './strategic-card';
import { TimelineCard } from './timeline-card';

export const MAP_VIEWS = ['network', 'overlay', 'density', 'timeline', 'strategic', 'evolution', 'bursts', 'historiograph'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

/**
 * The views of a finished map as tabs: the network map (default, passed in) and the issue #3 views.
 * Only the chosen view is mounted (the network map excepted, kept hidden), so the bursts and
 * historiograph ask the worker when first opened.
 */
export function MapViews({ map, network }: { map: FinishedMap; network: ReactNode }) {
  const t = useT();
  const [view, setView] = useState<MapView>('network');
  return (
    <Box sx={{ minWidth: 0 }}>
      <Card sx={{ mb: 1.5 }}>
        <Tabs value={view} onChange={(_, next: MapView) => setView(next)} variant="scrollable" scrollButtons="auto" aria-label={t('maps.views.label')} data-testid="maps-views" sx={{ px: 1, minHeight: 44, '& .MuiTab-root': { minHeight: 44, minWidth: 0, px: 1.5, textTransform: 'none' } }}>
          {MAP_VIEWS.map((v) => <Tab key={v} value={v} label={t(`maps.views.${v}` as MessageKey)} data-testid={`maps-view-${v}`} />)}
        </Tabs>
      </Card>
      {/* The network map stays mounted while another view is shown (hidden, same width), so coming
          back to it costs nothing: no new chart, no redraw of thousands of links. */}
      <Box
        aria-hidden={view !== 'network' || undefined}
        inert={view !== 'network' || undefined}
        sx={view === 'network' ? undefined : { height: 0, overflow: 'hidden', visibility: 'hidden' }}
      >
        {network}
      </Box>
      {view === 'overlay' && <OverlayMapCard map={map} />}
      {view === 'density' && <DensityCard map={map} />}
      {view === 'timeline' && <TimelineCard map={map} />}
      {view === 'strategic' && <StrategicCard map={map} />}
      {view === 'evolution' && <EvolutionCard map={map} />}
      {view === 'bursts' && <BurstsCard map={map} />}
      {view === 'historiograph' && <HistoriographCard map={map} />}
    </Box>
  );
}
