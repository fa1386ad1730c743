import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import type { ParseIssue, Severity } from '../../domain/model';
import { downloadCsv } from '../../ui/download';
import { useT } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';
import { issuesToCsv } from './issues-csv';

const SEVERITY_COLOR: Record<Severity, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', info: 'info' };

/** All parse issues (severity, file, line, field, code, message), paged, downloadable as CSV. */
export function IssuesTable({ issues }: { issues: ParseIssue[] }) {
  const t = useT();
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(25);
  const visible = useMemo(() => issues.slice(page * rowsPerPage, (page + 1) * rowsPerPage), [issues, page, rowsPerPage]);
  return (
    <SectionCard
      title={t('issues.title')}
      subtitle={issues.length === 0 ? t('issues.none') : t('issues.subtitle')}
      action={
        issues.length > 0 && (
          <Button size="small" variant="outlined" startIcon={<DownloadOutlinedIcon />} onClick={() => downloadCsv(issuesToCsv(issues, t), t('issues.fileName'))} data-testid="issues-csv">
            {t('common.downloadCsv')}
          </Button>
        )
      }
      flush
    >
      {issues.length > 0 && (
        <>
          <TableContainer>
            <Table size="small" data-testid="issues-table">
              <TableHead>
                <TableRow>
                  <TableCell>{t('issues.col.severity')}</TableCell>
                  <TableCell>{t('issues.col.file')}</TableCell>
                  <TableCell sx={{ textAlign: 'right' }}>{t('issues.col.line')}</TableCell>
                  <TableCell>{t('issues.col.field')}</TableCell>
                  <TableCell>{t('issues.col.code')}</TableCell>
                  <TableCell>{t('issues.col.message')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {visible.map((issue, index) => (
                  <TableRow key={`${page}-${index}`} sx={{ verticalAlign: 'top' }}>
                    <TableCell>
                      <Chip size="small" variant="outlined" color={SEVERITY_COLOR[issue.severity]} label={t(`issues.severity.${issue.severity}`)} />
                    </TableCell>
                    <TableCell sx={{ minWidth: 160, maxWidth: 260, overflowWrap: 'anywhere' }}>{issue.file}</TableCell>
                    <TableCell sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{issue.line ?? t('common.notGiven')}</TableCell>
                    <TableCell>{issue.field ?? t('common.notGiven')}</TableCell>
                    <TableCell sx={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: '0.8rem', whiteSpace: 'nowrap' }}>{issue.code}</TableCell>
                    <TableCell sx={{ minWidth: 320 }} lang="en">{issue.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {issues.length > 10 && (
            <TablePagination
              component="div"
              count={issues.length}
              page={page}
              rowsPerPage={rowsPerPage}
              rowsPerPageOptions={[10, 25, 100]}
              onPageChange={(_event, next) => setPage(next)}
              onRowsPerPageChange={(event) => {
                setRowsPerPage(Number(event.target.value));
                setPage(0);
              }}
              labelRowsPerPage={t('common.rowsPerPage')}
              labelDisplayedRows={({ from, to, count }) => t('common.pageRange', { from, to, count })}
            />
          )}
        </>
      )}
    </SectionCard>
  );
}
