import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useI18n } from '../ui/i18n';
import type { Lang } from '../ui/i18n';

/** Language names are written in their own language, so they never go through t(). */
const LABELS: Record<Lang, string> = { en: 'EN', zh: '中文' };

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={lang}
      aria-label={t('lang.label')}
      onChange={(_event, next: Lang | null) => next && setLang(next)}
      sx={{ '& .MuiToggleButton-root': { px: 1.25, py: 0.4, fontWeight: 600, lineHeight: 1.5 } }}
    >
      {(Object.keys(LABELS) as Lang[]).map((value) => (
        <ToggleButton key={value} value={value} lang={value === 'zh' ? 'zh-CN' : 'en'} data-testid={`lang-${value}`}>
          {LABELS[value]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
