import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  body?: ReactNode;
  action?: ReactNode;
  dense?: boolean;
}

/** A quiet, centred message for "nothing here yet", with an optional next step. */
export function EmptyState({ icon, title, body, action, dense = false }: EmptyStateProps) {
  return (
    <Stack spacing={1.5} sx={{ alignItems: 'center', textAlign: 'center', py: dense ? 3 : 6, px: 3 }}>
      {icon && <Box sx={{ color: 'text.secondary', opacity: 0.6, '& svg': { fontSize: dense ? 32 : 44 } }}>{icon}</Box>}
      <Typography variant={dense ? 'subtitle1' : 'h6'}>{title}</Typography>
      {body && (
        <Typography variant="body2" sx={{ color: 'text.secondary', maxWidth: 560 }}>
          {body}
        </Typography>
      )}
      {action && <Box sx={{ pt: 1 }}>{action}</Box>}
    </Stack>
  );
}
