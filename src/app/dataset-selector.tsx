import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import AddOutlinedIcon from '@mui/icons-material/AddOutlined';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import CheckIcon from '@mui/icons-material/Check';
import DeleteOutlineOutlinedIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import StorageOutlinedIcon from '@mui/icons-material/StorageOutlined';
import { useWorkspace } from '../services';
import { useT } from '../ui/i18n';
import { ConfirmDeleteDialog, NameDialog, NewDatasetDialog } from './dataset-dialogs';

type DialogKind = 'new' | 'rename' | 'delete' | null;

/** The app bar's dataset menu: switch, create, rename, delete (with confirmation). */
export function DatasetSelector() {
  const t = useT();
  const workspace = useWorkspace();
  const { datasets, current } = workspace;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<DialogKind>(null);

  const open = (kind: DialogKind) => {
    setAnchor(null);
    setDialog(kind);
  };
  const close = () => setDialog(null);
  const counts = (item: { publications: number; patents: number; files: number }) => t('dataset.counts', item);

  return (
    <>
      <Button
        color="inherit"
        variant="outlined"
        onClick={(event) => setAnchor(event.currentTarget)}
        startIcon={<StorageOutlinedIcon />}
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-label={t('dataset.choose')}
        data-testid="dataset-selector"
        sx={{ borderColor: 'divider', maxWidth: 340, justifyContent: 'space-between', textAlign: 'left', py: 0.5 }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="caption" component="div" sx={{ color: 'text.secondary', lineHeight: 1.2 }}>{t('dataset.label')}</Typography>
          <Typography variant="body2" noWrap sx={{ fontWeight: 600, lineHeight: 1.3 }}>{current?.name ?? t('dataset.none')}</Typography>
        </Box>
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} slotProps={{ paper: { sx: { minWidth: 320, maxWidth: 420 } } }}>
        {datasets.map((item) => (
          <MenuItem
            key={item.id}
            selected={item.id === current?.id}
            sx={{ whiteSpace: 'normal' }}
            onClick={() => {
              workspace.select(item.id);
              setAnchor(null);
            }}
          >
            <ListItemIcon>{item.id === current?.id && <CheckIcon fontSize="small" />}</ListItemIcon>
            <ListItemText
              primary={item.name}
              secondary={item.synthetic ? `${t('dataset.synthetic')} · ${counts(item)}` : counts(item)}
              slotProps={{ primary: { noWrap: true, sx: { fontWeight: 600 } }, secondary: { variant: 'caption' } }}
            />
          </MenuItem>
        ))}
        {datasets.length > 0 && <Divider />}
        <MenuItem onClick={() => open('new')} data-testid="dataset-new">
          <ListItemIcon><AddOutlinedIcon fontSize="small" /></ListItemIcon>
          <ListItemText primary={t('dataset.new')} />
        </MenuItem>
        <MenuItem onClick={() => open('rename')} disabled={!current}>
          <ListItemIcon><EditOutlinedIcon fontSize="small" /></ListItemIcon>
          <ListItemText primary={t('dataset.rename')} />
        </MenuItem>
        <MenuItem onClick={() => open('delete')} disabled={!current} sx={{ color: 'error.main' }}>
          <ListItemIcon><DeleteOutlineOutlinedIcon fontSize="small" color="error" /></ListItemIcon>
          <ListItemText primary={t('dataset.delete')} />
        </MenuItem>
      </Menu>
      {dialog === 'new' && <NewDatasetDialog onClose={close} />}
      {dialog === 'rename' && current && (
        <NameDialog
          open
          title={t('dataset.renameTitle')}
          initialName={current.name}
          submitLabel={t('common.save')}
          onClose={close}
          onSubmit={(name) => {
            close();
            void workspace.renameDataset(current.id, name);
          }}
        />
      )}
      {dialog === 'delete' && current && (
        <ConfirmDeleteDialog
          open
          name={current.name}
          records={current.publications + current.patents}
          onClose={close}
          onConfirm={() => {
            close();
            void workspace.deleteDataset(current.id);
          }}
        />
      )}
    </>
  );
}
