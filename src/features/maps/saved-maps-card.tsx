import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import BookmarkAddOutlinedIcon from '@mui/icons-material/BookmarkAddOutlined';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import FolderOpenOutlinedIcon from '@mui/icons-material/FolderOpenOutlined';
import { useI18n, useT } from '../../ui/i18n';
import type { MessageKey } from '../../ui/i18n';
import type { MapsState } from './use-maps';

/** "Save map" for the map shown, with a name (defaults to type and unit). */
export function SaveMapButton({ maps }: { maps: MapsState }) {
  const t = useT();
  const [name, setName] = useState<string>();
  const [isDone, setDone] = useState(false);
  const map = maps.map;
  if (!map) return null;
  const defaultName = `${t(`maps.type.${map.options.type}` as MessageKey)} · ${t(`maps.unit.${map.options.unit}` as MessageKey)}`;
  const save = async () => {
    if (await maps.saveMap(name?.trim() || defaultName)) {
      setName(undefined);
      setDone(true);
    }
  };
  if (name === undefined) {
    return (
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <Button variant="outlined" startIcon={<BookmarkAddOutlinedIcon />} onClick={() => { setName(map.savedName ?? defaultName); setDone(false); }} data-testid="maps-save">
          {t('maps.saved.save')}
        </Button>
        {isDone && <Typography variant="body2" sx={{ color: 'success.main' }} role="status">{t('maps.saved.done')}</Typography>}
      </Stack>
    );
  }
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
      <TextField
        size="small"
        autoFocus
        label={t('maps.saved.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save();
          if (event.key === 'Escape') setName(undefined);
        }}
        sx={{ flex: 1 }}
        slotProps={{ htmlInput: { 'data-testid': 'maps-save-name', maxLength: 120 } }}
      />
      <Button variant="contained" onClick={() => void save()} data-testid="maps-save-confirm">{t('maps.saved.confirm')}</Button>
    </Stack>
  );
}

/** The saved maps of the dataset: open (the settings and the identical map come back) or delete. */
export function SavedMapsList({ maps }: { maps: MapsState }) {
  const t = useT();
  const { formatDateTime } = useI18n();
  const list = maps.savedMaps;
  return (
    <Box data-testid="maps-saved">
      <Divider textAlign="left" sx={{ mb: 1 }}><Typography variant="overline" sx={{ color: 'text.secondary' }}>{t('maps.saved.title')}</Typography></Divider>
      {list && list.length === 0 && <Typography variant="body2" sx={{ color: 'text.secondary' }}>{t('maps.saved.none')}</Typography>}
      <Stack component="ul" spacing={1} sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {list?.map((saved) => {
          const isStale = maps.datasetUpdatedAt !== undefined && saved.datasetUpdatedAt !== maps.datasetUpdatedAt;
          return (
            <Box component="li" key={saved.id} sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }} data-testid="maps-saved-row">
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 600, wordBreak: 'break-word' }}>{saved.name}</Typography>
                <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                  {t('maps.saved.summary', { items: saved.itemCount, clusters: saved.clusterCount, date: formatDateTime(saved.createdAt) })}
                </Typography>
                {saved.options.thesaurus && (
                  <Typography variant="caption" component="div" sx={{ color: 'text.secondary', wordBreak: 'break-all' }} data-testid="maps-saved-thesaurus">
                    {t('maps.chart.thesaurus', { file: saved.options.thesaurus.fileName })}
                  </Typography>
                )}
                {isStale && (
                  <Tooltip title={t('maps.saved.stale')}>
                    <Chip size="small" color="warning" variant="outlined" label={t('maps.saved.staleShort')} sx={{ mt: 0.5 }} data-testid="maps-saved-stale" />
                  </Tooltip>
                )}
              </Box>
              <Tooltip title={t('maps.saved.open')}>
                <IconButton size="small" aria-label={t('maps.saved.open')} onClick={() => void maps.openSaved(saved.id)} disabled={maps.run.state === 'running'} data-testid="maps-saved-open">
                  <FolderOpenOutlinedIcon fontSize="small" />
                </IconButton>
              </Tooltip>
              <Tooltip title={t('maps.saved.delete')}>
                <IconButton size="small" aria-label={t('maps.saved.delete')} onClick={() => void maps.deleteSaved(saved.id)} data-testid="maps-saved-delete">
                  <DeleteOutlineIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
}
