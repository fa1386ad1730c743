import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloudUploadOutlinedIcon from '@mui/icons-material/CloudUploadOutlined';
import { useT } from '../../ui/i18n';

export interface DropZoneProps {
  datasetName: string;
  disabled: boolean;
  /** Smaller once the dataset has records, so the results get the space. */
  compact: boolean;
  onFiles: (files: File[]) => void;
}

const hasFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer.types).includes('Files');

/** A large drop target plus a file picker (multiple files, any extension). */
export function DropZone({ datasetName, disabled, compact, onFiles }: DropZoneProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [isOver, setOver] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (disabled || !hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <Box
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
      sx={{
        border: '2px dashed',
        borderColor: isOver ? 'primary.main' : '#c3ccd8',
        bgcolor: isOver ? 'rgba(31,78,121,0.06)' : 'background.paper',
        borderRadius: 3,
        py: compact ? 3 : 7,
        px: 3,
        transition: 'background-color 120ms, border-color 120ms',
        opacity: disabled ? 0.6 : 1,
      }}
    >
      <Stack direction={compact ? { xs: 'column', sm: 'row' } : 'column'} spacing={compact ? 2.5 : 1.5} sx={{ alignItems: 'center', justifyContent: 'center', textAlign: compact ? { xs: 'center', sm: 'left' } : 'center' }}>
        <CloudUploadOutlinedIcon sx={{ fontSize: compact ? 40 : 56, color: isOver ? 'primary.main' : '#8b99ab' }} />
        <Box sx={{ maxWidth: 620 }}>
          <Typography variant={compact ? 'subtitle1' : 'h6'} component="p">
            {isOver ? t('import.dropActive', { name: datasetName }) : t('import.dropTitle')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>{t('import.dropHint')}</Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>{t('import.into', { name: datasetName })}</Typography>
        </Box>
        <Button variant="contained" size={compact ? 'medium' : 'large'} disabled={disabled} onClick={() => input.current?.click()} sx={{ flexShrink: 0 }}>
          {t('import.browse')}
        </Button>
      </Stack>
      <input
        ref={input}
        type="file"
        multiple
        data-testid="file-input"
        aria-label={t('import.browse')}
        disabled={disabled}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Reset so picking the same file again still fires a change.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
        style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden', pointerEvents: 'none' }}
      />
    </Box>
  );
}
