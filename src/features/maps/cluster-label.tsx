import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { useT } from '../../ui/i18n';

/** A cluster label the user can rewrite (Enter or leaving the field saves; Escape cancels). */
export function ClusterLabel({ label, onRename }: { label: string; onRename?: (label: string) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<string>();
  if (draft === undefined || !onRename) {
    return (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minWidth: 0 }}>
        <Typography variant="body2" noWrap title={label} sx={{ minWidth: 0 }}>{label}</Typography>
        {onRename && (
          <IconButton size="small" aria-label={t('maps.cluster.rename')} title={t('maps.cluster.rename')} onClick={(e) => { e.stopPropagation(); setDraft(label); }} data-testid="cluster-rename">
            <EditOutlinedIcon fontSize="inherit" />
          </IconButton>
        )}
      </Stack>
    );
  }
  const save = () => {
    const next = draft.trim();
    if (next && next !== label) onRename(next);
    setDraft(undefined);
  };
  return (
    <InputBase
      autoFocus
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onClick={(e) => e.stopPropagation()}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
        if (e.key === 'Escape') setDraft(undefined);
      }}
      inputProps={{ maxLength: 80, 'aria-label': t('maps.cluster.rename'), 'data-testid': 'cluster-label-input' }}
      sx={{ fontSize: 14, borderBottom: 1, borderColor: 'primary.main', width: '100%' }}
    />
  );
}
