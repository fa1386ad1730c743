export * from './types';
export { importFile, importText, type FileImport } from './import-file';
export { detectImporter, IMPORTERS } from './registry';
export { decodeExport } from './encoding';
