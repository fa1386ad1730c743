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
import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import type { MapResult } from '../../services';
import { downloadCsv } from '../../ui/download';
import { useT } from '../../ui/i18n';
import type { MessageKey } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';
import { ClusterDot } from './cluster-panel';
import { itemRows, itemsToCsv, sortItemRows } from './map-helpers';
import type { ItemSortKey, SortDir } from './map-helpers';

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
  const weightLabel = t(`maps.weight.${result.weightName}` as MessageKey);

  const columns: { key: ItemSortKey; label: string; numeric: boolean }[] = [
    { key: 'label', label: t('maps.col.item'), numeric: false },
    { key: 'cluster', label: t('maps.col.cluster'), numeric: true },
    { key: 'weight', label: weightLabel, numeric: true },
    { key: 'links', label: t('maps.col.links'), numeric: true },
    { key: 'totalLinkStrength', label: t('maps.col.tls'), numeric: true },
    { key: 'pageRank', label: t('maps.col.pageRank'), numeric: true },
    ...(hasBetweenness ? [{ key: 'betweenness' as const, label: t('maps.col.betweenness'), numeric: true }] : []),
  ];
  const toggle = (key: ItemSortKey) => {
    setSort((previous) => ({ key, dir: previous.key === key ? (previous.dir === 'asc' ? 'desc' : 'asc') : key === 'label' ? 'asc' : 'desc' }));
    setPage(0);
  };
  const downloadRows = () =>
    downloadCsv(
      itemsToCsv(sorted, { label: t('maps.col.item'), cluster: t('maps.col.cluster'), weight: weightLabel, links: t('maps.col.links'), totalLinkStrength: t('maps.col.tls'), pageRank: t('maps.col.pageRank'), betweenness: t('maps.col.betweenness') }, hasBetweenness),
      `${fileName}-items.csv`,
    );

  return (
    <SectionCard
      title={t('maps.items.title')}
      subtitle={`${t('maps.items.subtitle', { count: rows.length })}${hasBetweenness ? '' : ` ${t('maps.betweennessSkipped', { max: 2000 })}`}`}
      action={<Button size="small" startIcon={<DownloadOutlinedIcon />} onClick={downloadRows}>{t('common.downloadCsv')}</Button>}
      flush
    >
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="maps-items" sx={{ tableLayout: 'fixed', minWidth: 760 }}>
          <TableHead>
            <TableRow>
              {columns.map((column, index) => (
                <TableCell key={column.key} align={column.numeric ? 'right' : 'left'} sortDirection={sort.key === column.key ? sort.dir : false} sx={{ verticalAlign: 'bottom', '& .MuiTableSortLabel-root': { whiteSpace: 'normal', lineHeight: 1.3 }, ...(index === 0 ? { pl: 2.5, width: '38%' } : { pr: index === columns.length - 1 ? 2.5 : undefined }) }}>
                  <TableSortLabel active={sort.key === column.key} direction={sort.key === column.key ? sort.dir : 'asc'} onClick={() => toggle(column.key)}>
                    {column.label}
                  </TableSortLabel>
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
                {hasBetweenness && <TableCell align="right" sx={{ pr: 2.5 }}>{row.betweenness === undefined ? '—' : row.betweenness.toFixed(3)}</TableCell>}
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
