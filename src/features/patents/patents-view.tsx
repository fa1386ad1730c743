import EmojiObjectsOutlinedIcon from '@mui/icons-material/EmojiObjectsOutlined';
import { ComingLater } from '../../ui/coming-later';
import { useT } from '../../ui/i18n';

export function PatentsView({ onGoImport }: { onGoImport: () => void }) {
  const t = useT();
  return <ComingLater icon={<EmojiObjectsOutlinedIcon />} title={t('later.patents.title')} what={t('later.patents.what')} needs={t('later.patents.needs')} onGoImport={onGoImport} />;
}
