import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { useT } from '../../ui/i18n';
import { PatentDetails } from './patent-details';
import { PublicationDetails } from './publication-details';
import { useRecord } from './use-record';

/** The details drawer: every field of the record clicked in the table. */
export function RecordDrawer({ recordId, onClose }: { recordId: string | undefined; onClose: () => void }) {
  const t = useT();
  const { record, isLoading, isMissing } = useRecord(recordId);
  return (
    <Drawer anchor="right" open={Boolean(recordId)} onClose={onClose} sx={{ zIndex: (theme) => theme.zIndex.modal }} slotProps={{ paper: { sx: { width: { xs: '100%', sm: 640 }, maxWidth: '100%' }, 'data-testid': 'record-drawer' } as object }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', px: 3, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="overline" sx={{ color: 'text.secondary' }}>{t('details.title')}</Typography>
        <IconButton onClick={onClose} aria-label={t('common.close')} edge="end"><CloseIcon /></IconButton>
      </Stack>
      <Box sx={{ px: 3, pb: 4, overflowY: 'auto' }}>
        {isLoading && recordId && <LinearProgress sx={{ mt: 2 }} aria-label={t('details.loading')} />}
        {isMissing && <Typography sx={{ mt: 3, color: 'text.secondary' }}>{t('details.missing')}</Typography>}
        {record && (
          <>
            <Box sx={{ py: 2.5 }}>
              <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
                {record.kind === 'publication' ? (
                  <>
                    <Chip size="small" color="primary" variant="outlined" label={t(`doctype.${record.documentType}`)} />
                    {record.year !== undefined && <Chip size="small" variant="outlined" label={String(record.year)} />}
                  </>
                ) : (
                  <Chip size="small" color="secondary" variant="outlined" label={record.publicationNumber} />
                )}
              </Stack>
              <Typography variant="h6" component="h2" sx={{ lineHeight: 1.35 }}>{record.title || t('records.untitled')}</Typography>
            </Box>
            {record.kind === 'publication' ? <PublicationDetails record={record} /> : <PatentDetails record={record} />}
          </>
        )}
      </Box>
    </Drawer>
  );
}
