// Navigation over the workspace model: definition, references, rename, document and workspace
// symbols. Reads resource views and the resolution lookup (workspace/resolve.ts); answers in
// plain LSP data types. Must not import the LSP connection (vscode-languageserver) or read files.
export { navigationContext, type NavigationContext } from './context';
export { findDefinition, findReferences } from './definition';
export { prepareRename, rename, type PrepareRenameResult, type RenameResult } from './rename';
export { documentSymbols, workspaceSymbols } from './symbols';
