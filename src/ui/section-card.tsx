import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export interface SectionCardProps {
  title: string;
  subtitle?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  /** Content that runs edge to edge (tables). */
  flush?: boolean;
}

/** The standard card of every screen: a title, an optional one-line explanation, an action. */
export function SectionCard({ title, subtitle, action, children, flush = false }: SectionCardProps) {
  return (
    <Card>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', justifyContent: 'space-between', px: 2.5, pt: 2.25, pb: flush ? 1.5 : 0 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h6" component="h2">{title}</Typography>
          {subtitle && <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.25 }}>{subtitle}</Typography>}
        </Box>
        {action && <Box sx={{ flexShrink: 0 }}>{action}</Box>}
      </Stack>
      {flush ? children : <CardContent sx={{ px: 2.5, pt: 2, '&:last-child': { pb: 2.5 } }}>{children}</CardContent>}
    </Card>
  );
}
