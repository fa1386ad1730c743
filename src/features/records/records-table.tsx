import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import SearchOutlinedIcon from '@mui/icons-material/SearchOutlined';
import type { PatentRow, PublicationRow, RecordKind, RecordRow } from '../../services';
import { EmptyState } from '../../ui/empty-state';
import { useI18n } from '../../ui/i18n';
import type { Translate } from '../../ui/i18n';
import { PATENT_COLUMNS, PUBLICATION_COLUMNS } from './records-columns';
import { useRecords } from './use-records';
import type { SortKey } from './use-records';

const muted = { color: 'text.secondary' } as const;

function publicationCells(row: PublicationRow, t: Translate, formatNumber: (value: number) => string): ReactNode[] {
  const none = t('common.notGiven');
  return [
    row.year ?? none,
    <>
      <Typography variant="body2" sx={{ fontWeight: 500, lineHeight: 1.4 }}>{row.title || t('records.untitled')}</Typography>
      {row.doi && <Typography variant="caption" sx={muted}>{row.doi}</Typography>}
    </>,
    row.authorCount > 1 ? t('records.moreAuthors', { name: row.firstAuthor }) : row.firstAuthor || none,
    row.source || none,
    row.timesCited === undefined ? none : formatNumber(row.timesCited),
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {row.formats.map((format) => (
        <Chip key={format} size="small" variant="outlined" label={t(`formatShort.${format}`)} title={t(`format.${format}`)} sx={{ '& .MuiChip-label': { px: 0.75 } }} />
      ))}
    </Box>,
  ];
}

function patentCells(row: PatentRow, t: Translate): ReactNode[] {
  const none = t('common.notGiven');
  return [
    <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{row.publicationNumber}</Typography>,
    <Typography variant="body2" sx={{ fontWeight: 500, lineHeight: 1.4 }}>{row.title || t('records.untitled')}</Typography>,
    row.applicants || none,
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>{row.publicationDate ?? none}</Box>,
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>{row.priorityDate ?? none}</Box>,
    <Typography variant="caption" sx={{ fontFamily: 'ui-monospace, Menlo, monospace' }}>{row.cpc || none}</Typography>,
  ];
}

export interface RecordsTableProps {
  kind: RecordKind;
  /** Records in the dataset (before the search), to tell "empty" from "no match". */
  datasetCount: number;
  onOpen: (row: RecordRow) => void;
  /** Tabs or other controls shown above the table. */
  header?: ReactNode;
}

/** Search, sortable columns, paging from the worker, CSV of the filtered view; a row opens details. */
export function RecordsTable({ kind, datasetCount, onOpen, header }: RecordsTableProps) {
  const { t, formatNumber } = useI18n();
  const records = useRecords(kind);
  const columns = kind === 'patent' ? PATENT_COLUMNS : PUBLICATION_COLUMNS;
  const { query } = records;

  return (
    <Card>
      {header}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ px: 2.5, py: 2, alignItems: { sm: 'center' } }}>
        <TextField
          size="small"
          value={records.search}
          onChange={(event) => records.setSearch(event.target.value)}
          placeholder={t(kind === 'patent' ? 'records.searchPatents' : 'records.search')}
          sx={{ flexGrow: 1, maxWidth: 560 }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><SearchOutlinedIcon fontSize="small" /></InputAdornment> },
            htmlInput: { 'aria-label': t(kind === 'patent' ? 'records.searchPatents' : 'records.search'), 'data-testid': 'records-search' },
          }}
        />
        <Typography variant="body2" sx={{ ...muted, flexGrow: 1 }}>{t('records.matches', { count: records.total })}</Typography>
        <Button size="small" variant="outlined" startIcon={<DownloadOutlinedIcon />} onClick={() => void records.exportCsv()} disabled={records.total === 0} data-testid="records-csv">
          {t('common.downloadCsv')}
        </Button>
      </Stack>
      <Box sx={{ height: 2 }}>{records.isLoading && <LinearProgress sx={{ height: 2 }} aria-label={t('common.loading')} />}</Box>
      <TableContainer>
        <Table size="small" data-testid={`records-table-${kind}`} sx={{ tableLayout: 'fixed', minWidth: 900 }}>
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell key={column.id} align={column.numeric ? 'right' : 'left'} sx={{ width: column.width }} sortDirection={query.sortBy === column.id ? query.sortDir : false}>
                  <TableSortLabel active={query.sortBy === column.id} direction={query.sortBy === column.id ? query.sortDir : 'asc'} onClick={() => records.sortBy(column.id as SortKey)}>
                    {t(column.label)}
                  </TableSortLabel>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {records.rows.map((row) => {
              const cells = row.kind === 'patent' ? patentCells(row, t) : publicationCells(row, t, formatNumber);
              return (
                <TableRow
                  key={row.id}
                  hover
                  tabIndex={0}
                  onClick={() => onOpen(row)}
                  onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && (event.preventDefault(), onOpen(row))}
                  aria-label={t('records.openDetails')}
                  sx={{ cursor: 'pointer', verticalAlign: 'top' }}
                  data-testid="record-row"
                >
                  {cells.map((cell, index) => (
                    <TableCell key={columns[index].id} align={columns[index].numeric ? 'right' : 'left'} sx={{ overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' }}>
                      {cell}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {!records.isLoading && records.total === 0 && (
        <EmptyState dense title={datasetCount === 0 || !query.search ? t('records.none') : t('records.noMatch', { search: query.search })} />
      )}
      <TablePagination
        component="div"
        count={records.total}
        page={Math.min(query.page, Math.max(0, Math.ceil(records.total / query.rowsPerPage) - 1))}
        rowsPerPage={query.rowsPerPage}
        rowsPerPageOptions={[25, 50, 100]}
        onPageChange={(_event, page) => records.setPage(page)}
        onRowsPerPageChange={(event) => records.setRowsPerPage(Number(event.target.value))}
        labelRowsPerPage={t('common.rowsPerPage')}
        labelDisplayedRows={({ from, to, count }) => t('common.pageRange', { from, to, count })}
      />
    </Card>
  );
}
