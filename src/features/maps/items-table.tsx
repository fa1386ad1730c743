import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Tooltip from '@mui/material/Tooltip';
import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import { BETWEENNESS_MAX_LINKS, BETWEENNESS_MAX_NODES, type MapResult } from '../../services';
import { downloadCsv } from '../../ui/download';
import { useT } from '../../ui/i18n';
import type { MessageKey } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';
import { ClusterDot } from './cluster-panel';
import { formatBurst, hasBursts, itemRows, itemsToCsv, sortItemRows } from './map-helpers';
import type { ItemSortKey, SortDir } from './map-helpers';

/**
 * Widths (px, padding included) of the numeric columns, enough for the longest English or Chinese
 * header plus its sort arrow; the item column takes the rest, at least ITEM_MIN_WIDTH.
 */
const WIDTHS: Partial<Record<ItemSortKey, number>> = { cluster: 90, weight: 122, links: 86, totalLinkStrength: 112, pageRank: 100, betweenness: 124, burst: 150, sigma: 84 };
const ITEM_MIN_WIDTH = 180;
/** The last column keeps the card's wider right padding (20 px instead of 8). */
const LAST_EXTRA = 12;

const fixed = (value: number | undefined, digits: number): string => (value === undefined ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(digits));

/** Every item of the map, sortable, paged, downloadable as CSV; a click selects the item. */
export function ItemsTable({ result, selected, onSelect, fileName }: { result: MapResult; selected: number | undefined; onSelect: (id: number) => void; fileName: string }) {
  const t = useT();
  const [sort, setSort] = useState<{ key: ItemSortKey; dir: SortDir }>({ key: 'weight', dir: 'desc' });
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(10);
  const rows = useMemo(() => itemRows(result), [result]);
  const sorted = useMemo(() => sortItemRows(rows, sort.key, sort.dir), [rows, sort]);
  const hasBetweenness = result.betweennessComputed;
  const withBursts = useMemo(() => hasBursts(result), [result]);
  const hasSigma = withBursts && hasBetweenness;
  const noneBursts = useMemo(() => withBursts && rows.every((row) => !row.burst), [withBursts, rows]);
  const weightLabel = t(`maps.weight.${result.weightName}` as MessageKey);

  const columns: { key: ItemSortKey; label: string; numeric: boolean; hint?: string }[] = [
    { key: 'label', label: t('maps.col.item'), numeric: false },
    { key: 'cluster', label: t('maps.col.cluster'), numeric: true },
    { key: 'weight', label: weightLabel, numeric: true },
    { key: 'links', label: t('maps.col.links'), numeric: true },
    { key: 'totalLinkStrength', label: t('maps.col.tls'), numeric: true },
    { key: 'pageRank', label: t('maps.col.pageRank'), numeric: true },
    ...(hasBetweenness ? [{ key: 'betweenness' as const, label: t('maps.col.betweenness'), numeric: true }] : []),
    ...(withBursts ? [{ key: 'burst' as const, label: t('maps.col.burst'), numeric: true, hint: t('maps.col.burstHint') }] : []),
    ...(hasSigma ? [{ key: 'sigma' as const, label: t('maps.col.sigma'), numeric: true, hint: t('maps.col.sigmaHint') }] : []),
  ];
  const toggle = (key: ItemSortKey) => {
    setSort((previous) => ({ key, dir: previous.key === key ? (previous.dir === 'asc' ? 'desc' : 'asc') : key === 'label' ? 'asc' : 'desc' }));
    setPage(0);
  };
  const downloadRows = () =>
    downloadCsv(
      itemsToCsv(
        sorted,
        {
          label: t('maps.col.item'), cluster: t('maps.col.cluster'), weight: weightLabel, links: t('maps.col.links'), totalLinkStrength: t('maps.col.tls'), pageRank: t('maps.col.pageRank'),
          betweenness: t('maps.col.betweenness'), burst: t('maps.col.burst'), burstBegin: t('maps.col.burstBegin'), burstEnd: t('maps.col.burstEnd'), sigma: t('maps.col.sigma'),
        },
        { betweenness: hasBetweenness, bursts: withBursts },
      ),
      `${fileName}-items.csv`,
    );

  return (
    <SectionCard
      title={t('maps.items.title')}
      subtitle={`${t('maps.items.subtitle', { count: rows.length })}${hasBetweenness ? '' : ` ${t(withBursts ? 'maps.sigmaSkipped' : 'maps.betweennessSkipped', { max: BETWEENNESS_MAX_NODES, links: BETWEENNESS_MAX_LINKS })}`}${noneBursts ? ` ${t('maps.noBursts')}` : ''}`}
      action={<Button size="small" startIcon={<DownloadOutlinedIcon />} onClick={downloadRows}>{t('common.downloadCsv')}</Button>}
      flush
    >
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="maps-items" sx={{ tableLayout: 'fixed', minWidth: columns.reduce((sum, column) => sum + (WIDTHS[column.key] ?? ITEM_MIN_WIDTH), LAST_EXTRA), '& .MuiTableCell-root:not(:first-of-type)': { pl: 1 }, '& .MuiTableCell-root:not(:first-of-type):not(:last-of-type)': { pr: 1 } }}>
          <TableHead>
            <TableRow>
              {columns.map((column, index) => (
                <TableCell key={column.key} align={column.numeric ? 'right' : 'left'} sortDirection={sort.key === column.key ? sort.dir : false} sx={{ verticalAlign: 'bottom', '& .MuiTableSortLabel-root': { whiteSpace: 'normal', lineHeight: 1.3 }, ...(index === 0 ? { pl: 2.5 } : { width: (WIDTHS[column.key] ?? 0) + (index === columns.length - 1 ? LAST_EXTRA : 0), pr: index === columns.length - 1 ? 2.5 : undefined }) }}>
                  <Tooltip title={column.hint ?? ''} disableHoverListener={!column.hint} disableFocusListener={!column.hint} disableTouchListener={!column.hint}>
                    <TableSortLabel active={sort.key === column.key} direction={sort.key === column.key ? sort.dir : 'asc'} onClick={() => toggle(column.key)} data-testid={`maps-items-sort-${column.key}`}>
                      {column.label}
                    </TableSortLabel>
                  </Tooltip>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.slice(page * rowsPerPage, (page + 1) * rowsPerPage).map((row) => (
              <TableRow key={row.id} hover selected={row.id === selected} onClick={() => onSelect(row.id)} sx={{ cursor: 'pointer' }}>
                <TableCell sx={{ pl: 2.5, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={row.label}>{row.label}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}><ClusterDot cluster={row.cluster} size={9} /> {row.cluster + 1}</TableCell>
                <TableCell align="right">{fixed(row.weight, 2)}</TableCell>
                <TableCell align="right">{row.links}</TableCell>
                <TableCell align="right">{fixed(row.totalLinkStrength, 2)}</TableCell>
                <TableCell align="right">{row.pageRank.toFixed(4)}</TableCell>
                {hasBetweenness && <TableCell align="right" sx={{ pr: withBursts ? undefined : 2.5 }}>{row.betweenness === undefined ? '—' : row.betweenness.toFixed(3)}</TableCell>}
                {withBursts && (
                  <TableCell align="right" sx={{ pr: hasSigma ? undefined : 2.5, whiteSpace: 'nowrap', color: row.burst ? undefined : 'text.secondary' }}>
                    {formatBurst(row.burst === undefined ? undefined : { strength: row.burst, start: row.burstStart, end: row.burstEnd })}
                  </TableCell>
                )}
                {hasSigma && <TableCell align="right" sx={{ pr: 2.5 }}>{row.sigma === undefined ? '—' : row.sigma.toFixed(2)}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <TablePagination
        component="div"
        count={sorted.length}
        page={page}
        rowsPerPage={rowsPerPage}
        rowsPerPageOptions={[10, 25, 100]}
        onPageChange={(_, next) => setPage(next)}
        onRowsPerPageChange={(event) => {
          setRowsPerPage(Number(event.target.value));
          setPage(0);
        }}
        labelRowsPerPage={t('common.rowsPerPage')}
        labelDisplayedRows={({ from, to, count }) => t('common.pageRange', { from, to, count })}
      />
    </SectionCard>
  );
}
