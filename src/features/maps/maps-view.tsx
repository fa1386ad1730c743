import HubOutlinedIcon from '@mui/icons-material/HubOutlined';
import { ComingLater } from '../../ui/coming-later';
import { useT } from '../../ui/i18n';

export function MapsView({ onGoImport }: { onGoImport: () => void }) {
  const t = useT();
  return <ComingLater icon={<HubOutlinedIcon />} title={t('later.maps.title')} what={t('later.maps.what')} needs={t('later.maps.needs')} onGoImport={onGoImport} />;
}
