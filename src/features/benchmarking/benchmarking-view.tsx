import LeaderboardOutlinedIcon from '@mui/icons-material/LeaderboardOutlined';
import { ComingLater } from '../../ui/coming-later';
import { useT } from '../../ui/i18n';

export function BenchmarkingView({ onGoImport }: { onGoImport: () => void }) {
  const t = useT();
  return <ComingLater icon={<LeaderboardOutlinedIcon />} title={t('later.benchmarking.title')} what={t('later.benchmarking.what')} needs={t('later.benchmarking.needs')} onGoImport={onGoImport} />;
}
