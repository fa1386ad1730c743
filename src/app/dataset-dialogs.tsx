import { useState } from 'react';
import type { FormEvent } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useWorkspace } from '../services';
import { useT } from '../ui/i18n';

export interface NameDialogProps {
  open: boolean;
  title: string;
  body?: string;
  initialName: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  onClose: () => void;
}

/** Asks for a dataset name (new or rename). Mounted only while open, so it starts fresh each time. */
export function NameDialog({ open, title, body, initialName, submitLabel, onSubmit, onClose }: NameDialogProps) {
  const t = useT();
  const [name, setName] = useState(initialName);
  const [touched, setTouched] = useState(false);
  const isEmpty = name.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!isEmpty) onSubmit(name.trim());
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          {body && <DialogContentText sx={{ mb: 2 }}>{body}</DialogContentText>}
          <TextField
            autoFocus
            fullWidth
            label={t('dataset.nameLabel')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={touched && isEmpty}
            helperText={touched && isEmpty ? t('dataset.nameRequired') : ' '}
            slotProps={{ htmlInput: { maxLength: 120, 'data-testid': 'dataset-name-input' } }}
            sx={{ mt: body ? 0 : 1 }}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained">{submitLabel}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** Asks for the name of a new dataset, then creates it. Mount it only while it should show. */
export function NewDatasetDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const workspace = useWorkspace();
  return (
    <NameDialog
      open
      title={t('dataset.newTitle')}
      body={t('dataset.newBody')}
      initialName={t('dataset.defaultName')}
      submitLabel={t('common.create')}
      onClose={onClose}
      onSubmit={(name) => {
        onClose();
        void workspace.createDataset(name);
      }}
    />
  );
}

export interface ConfirmDeleteDialogProps {
  open: boolean;
  name: string;
  records: number;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDeleteDialog({ open, name, records, onConfirm, onClose }: ConfirmDeleteDialogProps) {
  const t = useT();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{t('dataset.deleteTitle', { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('dataset.deleteBody', { records })}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} autoFocus>{t('common.cancel')}</Button>
        <Button color="error" variant="contained" onClick={onConfirm} data-testid="confirm-delete">{t('common.delete')}</Button>
      </DialogActions>
    </Dialog>
  );
}
