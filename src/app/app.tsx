import { useMemo } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { WorkspaceProvider } from '../services';
import { BenchmarkingView } from '../features/benchmarking/benchmarking-view';
import { ImportView } from '../features/import/import-view';
import { MapsView } from '../features/maps/maps-view';
import { PatentsView } from '../features/patents/patents-view';
import { ReportsView } from '../features/reports/reports-view';
import { I18nProvider, useI18n } from '../ui/i18n';
import { createAppTheme } from '../ui/theme';
import { AppShell } from './app-shell';
import type { ScreenId } from './routes';
import { useHashRoute } from './use-hash-route';
import { WorkspaceGate } from './workspace-gate';

function Screen({ screen, onNavigate }: { screen: ScreenId; onNavigate: (screen: ScreenId) => void }) {
  const goImport = () => onNavigate('import');
  switch (screen) {
    case 'maps': return <WorkspaceGate><MapsView /></WorkspaceGate>;
    case 'benchmarking': return <BenchmarkingView onGoImport={goImport} />;
    case 'patents': return <PatentsView onGoImport={goImport} />;
    case 'reports': return <ReportsView onGoImport={goImport} />;
    default: return <WorkspaceGate><ImportView /></WorkspaceGate>;
  }
}

function ThemedApp() {
  const { lang } = useI18n();
  const theme = useMemo(() => createAppTheme(lang), [lang]);
  const [screen, navigate] = useHashRoute();
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <WorkspaceProvider>
        <AppShell screen={screen} onNavigate={navigate}>
          <Screen screen={screen} onNavigate={navigate} />
        </AppShell>
      </WorkspaceProvider>
    </ThemeProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <ThemedApp />
    </I18nProvider>
  );
}
