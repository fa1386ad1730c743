import { createTheme } from '@mui/material/styles';
import type { Theme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import type { Lang } from './i18n';

/** System fonts first (nothing is downloaded), with the CJK faces each platform ships. */
export const FONT_FAMILY = [
  'Inter', 'system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial',
  '"PingFang SC"', '"Hiragino Sans GB"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Noto Sans SC"', 'sans-serif',
].join(', ');

/** Calm palette: ink blue for structure, teal for data, amber only for warnings and synthetic data. */
export const PALETTE = {
  primary: '#1f4e79',
  secondary: '#2a7f77',
  background: '#f4f6f9',
  paper: '#ffffff',
  border: '#e1e6ed',
  text: '#1b2430',
  textSecondary: '#5a6675',
  series: ['#2f6fa7', '#2a9d8f', '#e9a03b', '#8e6bbf', '#d1605e', '#6c8a3c'],
};

export function createAppTheme(lang: Lang): Theme {
  return createTheme(
    {
      palette: {
        primary: { main: PALETTE.primary },
        secondary: { main: PALETTE.secondary },
        background: { default: PALETTE.background, paper: PALETTE.paper },
        text: { primary: PALETTE.text, secondary: PALETTE.textSecondary },
        divider: PALETTE.border,
      },
      shape: { borderRadius: 10 },
      typography: {
        fontFamily: FONT_FAMILY,
        fontSize: 14,
        h4: { fontSize: '1.75rem', fontWeight: 650, letterSpacing: '-0.01em' },
        h5: { fontSize: '1.3rem', fontWeight: 650 },
        h6: { fontSize: '1.05rem', fontWeight: 650 },
        subtitle1: { fontWeight: 600 },
        subtitle2: { fontWeight: 600 },
        body2: { lineHeight: 1.55 },
        button: { textTransform: 'none', fontWeight: 600 },
        overline: { fontWeight: 700, letterSpacing: '0.08em' },
      },
      components: {
        MuiCard: { defaultProps: { variant: 'outlined' }, styleOverrides: { root: { borderColor: PALETTE.border } } },
        MuiPaper: { styleOverrides: { outlined: { borderColor: PALETTE.border } } },
        MuiAppBar: {
          defaultProps: { elevation: 0, color: 'inherit' },
          styleOverrides: { root: { backgroundColor: PALETTE.paper, borderBottom: `1px solid ${PALETTE.border}` } },
        },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiTableCell: {
          styleOverrides: {
            head: { fontWeight: 600, color: PALETTE.textSecondary, backgroundColor: '#f8fafc', whiteSpace: 'nowrap' },
            root: { borderColor: PALETTE.border },
          },
        },
        MuiTooltip: { defaultProps: { arrow: true } },
        MuiLinearProgress: { styleOverrides: { root: { borderRadius: 4, height: 6 } } },
        MuiChip: { styleOverrides: { root: { fontWeight: 600 } } },
      },
    },
    lang === 'zh' ? zhCN : enUS,
  );
}
