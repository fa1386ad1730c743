import { useState } from 'react';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { MergeEntry } from '../../domain/dataset';
import { useT } from '../../ui/i18n';
import type { Translate } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';
import { parseRecordId } from './record-ref';

const describe = (id: string, t: Translate): string => {
  const ref = parseRecordId(id);
  return ref.line === undefined ? ref.file : t('merges.line', { file: ref.file, line: String(ref.line) });
};

/** Which records were recognised as the same document, and by which rule. */
export function MergesCard({ merges, mergeCount }: { merges: MergeEntry[]; mergeCount: number }) {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  return (
    <SectionCard
      title={t('merges.title')}
      subtitle={mergeCount === 0 ? t('merges.none') : t('merges.subtitle')}
      action={mergeCount > 0 && <Button size="small" onClick={() => setOpen((open) => !open)} data-testid="merges-toggle">{isOpen ? t('merges.hide') : t('merges.show', { count: mergeCount })}</Button>}
      flush
    >
      <Collapse in={isOpen} unmountOnExit>
        <TableContainer sx={{ maxHeight: 420 }}>
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell>{t('merges.kept')}</TableCell>
                <TableCell>{t('merges.merged')}</TableCell>
                <TableCell>{t('merges.rule')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {merges.map((merge) => (
                <TableRow key={merge.kept}>
                  <TableCell sx={{ maxWidth: 420 }}>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>{merge.title || t('records.untitled')}</Typography>
                    <Typography variant="caption" sx={{ color: 'text.secondary' }}>{describe(merge.kept, t)}</Typography>
                  </TableCell>
                  <TableCell>
                    {merge.merged.map((id) => (
                      <Typography key={id} variant="caption" component="div">{describe(id, t)}</Typography>
                    ))}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`merges.rule.${merge.rule}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {mergeCount > merges.length && (
          <Typography variant="caption" component="p" sx={{ color: 'text.secondary', px: 2.5, py: 1.5 }}>
            {t('merges.more', { shown: merges.length, total: mergeCount })}
          </Typography>
        )}
      </Collapse>
    </SectionCard>
  );
}
