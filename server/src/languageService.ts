// The language service facade: one interface over every feature, built from plain inputs.
// It never reads files and never imports the LSP connection layer; hosts (the LSP shell in
// lsp/, the CLI in cli/, tests) parse documents through it and feed it the workspace.
export {};
