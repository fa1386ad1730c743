import { useRef } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { isThesaurusUnit } from '../../services';
import type { ThesaurusCheck } from '../../services';
import { useT } from '../../ui/i18n';
import { THESAURUS_ISSUES_LISTED, thesaurusIssueKey, thesaurusProblemKey } from './thesaurus-file';
import type { MapsState } from './use-maps';

/** The parser's doubts, line by line, in the user's language (the first few, then a count). */
function ThesaurusIssues({ check }: { check: ThesaurusCheck }) {
  const t = useT();
  if (check.issueCount === 0) return null;
  const listed = check.issues.slice(0, THESAURUS_ISSUES_LISTED);
  return (
    <Alert severity="warning" sx={{ py: 0, '& .MuiAlert-message': { width: '100%' } }} data-testid="maps-thesaurus-issues">
      <Typography variant="caption" component="div" sx={{ fontWeight: 600 }}>{t('maps.thesaurus.issues', { count: check.issueCount })}</Typography>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {listed.map((issue, i) => {
          const key = thesaurusIssueKey(issue);
          return (
            <Typography key={`${issue.line ?? 0}-${i}`} component="li" variant="caption">
              {key && issue.line !== undefined ? t(key, { line: String(issue.line) }) : issue.message}
            </Typography>
          );
        })}
      </Box>
      {check.issueCount > listed.length && <Typography variant="caption" component="div">{t('maps.thesaurus.moreIssues', { count: check.issueCount - listed.length })}</Typography>}
    </Alert>
  );
}

/**
 * The thesaurus of keyword and term maps: pick a VOSviewer thesaurus file, see what it holds
 * (entries merged and removed, doubtful lines) or why it is not used, remove it. Hidden for
 * other units, with a note when a thesaurus is loaded but does not apply.
 */
export function ThesaurusField({ maps }: { maps: MapsState }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const { form, isThesaurusReading } = maps;
  const loaded = form.thesaurus;
  const isRunning = maps.run.state === 'running';

  if (!isThesaurusUnit(form.unit)) {
    return loaded?.check.isUsable ? <Typography variant="caption" sx={{ color: 'text.secondary' }} data-testid="maps-thesaurus-unused">{t('maps.thesaurus.notApplied', { file: loaded.file.fileName })}</Typography> : null;
  }
  const check = loaded?.check;
  return (
    <Box data-testid="maps-thesaurus">
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mb: 0.5 }}>{t('maps.thesaurus.title')}</Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <Button
          variant="outlined"
          size="small"
          startIcon={<UploadFileOutlinedIcon />}
          disabled={isThesaurusReading || isRunning}
          onClick={() => input.current?.click()}
          data-testid="maps-thesaurus-pick"
        >
          {t('maps.thesaurus.pick')}
        </Button>
        {isThesaurusReading && <Typography variant="caption" sx={{ color: 'text.secondary' }} role="status">{t('maps.thesaurus.reading')}</Typography>}
      </Stack>
      <input
        ref={input}
        type="file"
        hidden
        accept=".txt,.tsv,text/plain,text/tab-separated-values"
        aria-label={t('maps.thesaurus.pick')}
        data-testid="maps-thesaurus-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Reset so picking the same (edited) file again still fires a change.
          event.target.value = '';
          if (file) void maps.pickThesaurus(file);
        }}
      />
      {!check && <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 0.75 }}>{t('maps.thesaurus.hint')}</Typography>}
      {check && !check.isUsable && check.problem && (
        // The button sits under the message: beside it, the narrow panel would squeeze the text.
        <Alert severity="error" sx={{ mt: 1 }} data-testid="maps-thesaurus-problem">
          <Box sx={{ wordBreak: 'break-word' }}>{t(thesaurusProblemKey(check.problem), { file: check.fileName })}</Box>
          <Button color="inherit" size="small" onClick={maps.removeThesaurus} sx={{ mt: 0.5, ml: -0.75 }} data-testid="maps-thesaurus-remove">{t('maps.thesaurus.remove')}</Button>
        </Alert>
      )}
      {check?.isUsable && (
        <Stack spacing={1} sx={{ mt: 1, p: 1.25, border: 1, borderColor: 'divider', borderRadius: 1.5 }} data-testid="maps-thesaurus-loaded">
          <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 1 }}>
            <DescriptionOutlinedIcon fontSize="small" sx={{ color: 'secondary.dark', mt: 0.25 }} />
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontWeight: 600, wordBreak: 'break-all' }} data-testid="maps-thesaurus-name">{check.fileName}</Typography>
              <Typography variant="caption" sx={{ color: 'text.secondary' }} data-testid="maps-thesaurus-summary">
                {t('maps.thesaurus.summary', { entries: check.entries, merges: check.merges, drops: check.drops })}
              </Typography>
            </Box>
            <Button size="small" color="inherit" onClick={maps.removeThesaurus} disabled={isRunning} data-testid="maps-thesaurus-remove">{t('maps.thesaurus.remove')}</Button>
          </Stack>
          <ThesaurusIssues check={check} />
        </Stack>
      )}
    </Box>
  );
}
