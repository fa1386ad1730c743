import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ScheduleOutlinedIcon from '@mui/icons-material/ScheduleOutlined';
import { useT } from './i18n';

export interface ComingLaterProps {
  icon: ReactNode;
  title: string;
  what: string;
  needs: string;
  onGoImport?: () => void;
}

/** The honest state of a screen that is not built yet: what it will do, what it needs, no fake data. */
export function ComingLater({ icon, title, what, needs, onGoImport }: ComingLaterProps) {
  const t = useT();
  return (
    <Box sx={{ maxWidth: 760 }}>
      <Typography variant="h4" component="h1" sx={{ mb: 3 }}>{title}</Typography>
      <Card>
        <CardContent sx={{ p: 4, '&:last-child': { pb: 4 } }}>
          <Stack spacing={2.5}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Box sx={{ color: 'primary.main', display: 'flex', '& svg': { fontSize: 40 } }}>{icon}</Box>
              <Chip icon={<ScheduleOutlinedIcon />} label={t('later.title')} variant="outlined" color="primary" />
            </Stack>
            <Typography variant="body1" sx={{ fontSize: '1.05rem', lineHeight: 1.65 }}>{what}</Typography>
            <Box>
              <Typography variant="overline" sx={{ color: 'text.secondary' }}>{t('later.needs')}</Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>{needs}</Typography>
            </Box>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>{t('later.body')}</Typography>
            {onGoImport && (
              <Box>
                <Button variant="outlined" onClick={onGoImport}>{t('later.goImport')}</Button>
              </Box>
            )}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
