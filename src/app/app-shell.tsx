import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import EmojiObjectsOutlinedIcon from '@mui/icons-material/EmojiObjectsOutlined';
import HubOutlinedIcon from '@mui/icons-material/HubOutlined';
import LeaderboardOutlinedIcon from '@mui/icons-material/LeaderboardOutlined';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { useWorkspace } from '../services';
import { useT } from '../ui/i18n';
import { LogoMark } from '../ui/logo-mark';
import { DatasetSelector } from './dataset-selector';
import { LanguageSwitch } from './language-switch';
import { SCREENS } from './routes';
import type { ScreenId } from './routes';
import { WorkspaceNotices } from './workspace-notices';

const DRAWER_WIDTH = 228;

const ICONS: Record<ScreenId, ReactNode> = {
  import: <UploadFileOutlinedIcon />,
  maps: <HubOutlinedIcon />,
  benchmarking: <LeaderboardOutlinedIcon />,
  patents: <EmojiObjectsOutlinedIcon />,
  reports: <DescriptionOutlinedIcon />,
};

export interface AppShellProps {
  screen: ScreenId;
  onNavigate: (screen: ScreenId) => void;
  children: ReactNode;
}

/** App bar (product, synthetic-data chip, dataset, language), left navigation, and the screen. */
export function AppShell({ screen, onNavigate, children }: AppShellProps) {
  const t = useT();
  const { current } = useWorkspace();
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', width: DRAWER_WIDTH - 24, flexShrink: 0 }}>
            <LogoMark sx={{ color: 'primary.main', fontSize: 30 }} />
            <Box>
              <Typography variant="h6" component="div" sx={{ color: 'primary.main', lineHeight: 1.1, letterSpacing: '0.01em' }}>
                {t('app.name')}
              </Typography>
              <Typography variant="caption" component="div" noWrap sx={{ color: 'text.secondary', lineHeight: 1.2 }}>
                {t('app.tagline')}
              </Typography>
            </Box>
          </Stack>
          <Box sx={{ flexGrow: 1 }} />
          {current?.synthetic && (
            <Tooltip title={t('dataset.syntheticHint')}>
              <Chip icon={<ScienceOutlinedIcon />} label={t('dataset.synthetic')} color="warning" variant="outlined" data-testid="synthetic-chip" sx={{ bgcolor: '#fff8ec' }} />
            </Tooltip>
          )}
          <DatasetSelector />
          <LanguageSwitch />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{ width: DRAWER_WIDTH, flexShrink: 0 }}
        slotProps={{ paper: { sx: { width: DRAWER_WIDTH, boxSizing: 'border-box', bgcolor: '#fbfcfd', borderRight: 1, borderColor: 'divider' } } }}
      >
        <Toolbar />
        <Box component="nav" aria-label={t('nav.label')} sx={{ display: 'flex', flexDirection: 'column', flexGrow: 1, pt: 1.5 }}>
          <List sx={{ px: 1.25 }}>
            {SCREENS.map((info) => (
              <ListItemButton
                key={info.id}
                selected={info.id === screen}
                onClick={() => onNavigate(info.id)}
                aria-current={info.id === screen ? 'page' : undefined}
                data-testid={`nav-${info.id}`}
                sx={{ borderRadius: 2, mb: 0.5, '&.Mui-selected': { bgcolor: 'rgba(31,78,121,0.09)', color: 'primary.main', '& .MuiListItemIcon-root': { color: 'primary.main' } } }}
              >
                <ListItemIcon sx={{ minWidth: 38 }}>{ICONS[info.id]}</ListItemIcon>
                <ListItemText
                  primary={t(info.label)}
                  secondary={info.isLater ? t('nav.later') : undefined}
                  slotProps={{ primary: { sx: { fontWeight: 600 } }, secondary: { variant: 'caption', sx: { lineHeight: 1.2 } } }}
                />
              </ListItemButton>
            ))}
          </List>
          <Box sx={{ flexGrow: 1 }} />
          <Typography variant="caption" component="p" sx={{ color: 'text.secondary', px: 2.5, pb: 2.5, lineHeight: 1.5 }}>
            {t('app.privacy')}
          </Typography>
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0 }}>
        <Toolbar />
        <Box sx={{ px: { xs: 2, md: 4 }, py: 4, maxWidth: 1320, mx: 'auto' }}>
          <WorkspaceNotices />
          {children}
        </Box>
      </Box>
    </Box>
  );
}
