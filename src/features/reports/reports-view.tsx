import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import { ComingLater } from '../../ui/coming-later';
import { useT } from '../../ui/i18n';

export function ReportsView({ onGoImport }: { onGoImport: () => void }) {
  const t = useT();
  return <ComingLater icon={<DescriptionOutlinedIcon />} title={t('later.reports.title')} what={t('later.reports.what')} needs={t('later.reports.needs')} onGoImport={onGoImport} />;
}
