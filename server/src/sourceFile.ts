// A parsed document with everything the features need from it: the text, the YAML syntax tree
// and the typed resource views. Built once per document version and shared by every feature.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readResources } from './model/readResources';
import type { ResourceCache } from './model/resourceCache';
import type { Resource } from './model/resources';
import { findTemplateAction } from './syntax/goTemplate';
import { parseYaml, type ParseLimits, type Span, type TextChange, type YamlFile } from './syntax/parseYaml';

export interface SourceFile {
  readonly uri: string;
  readonly document: TextDocument;
  readonly yaml: YamlFile;
  readonly resources: readonly Resource[];
  /** Whether the file looks like Kubernetes manifests; other YAML gets no diagnostics at all. */
  readonly isKubernetes: boolean;
  /**
   * The first `{{ … }}` action when the file is a Go template (a Helm chart's `templates/`): such a
   * file is not read as YAML at all (no resources, no findings but one note).
   */
  readonly templateAction?: Span;
}

/**
 * Parses a document; `previous` (an earlier version's parse, given up by the caller) speeds it up,
 * and `change` (where the text differs from `previous`'s) more so.
 */
export function createSourceFile(
  document: TextDocument,
  limits: ParseLimits,
  previous?: SourceFile,
  cache?: ResourceCache,
  change?: TextChange,
): SourceFile {
  const text = document.getText();
  const templateAction = findTemplateAction(document.uri, text);
  if (templateAction) {
    const yaml: YamlFile = { text, documents: [], problems: [], skipped: false, segments: [] };
    return { uri: document.uri, document, yaml, resources: [], isKubernetes: true, templateAction };
  }
  const yaml =
    previous?.uri === document.uri ? parseYaml(text, limits, previous.yaml, change) : parseYaml(text, limits);
  const resources = readResources(document.uri, yaml, cache);
  return {
    uri: document.uri,
    document,
    yaml,
    resources,
    isKubernetes: resources.length > 0 || looksLikeKubernetes(text, yaml),
  };
}

/**
 * True when the text has top-level `apiVersion:` and `kind:` keys even though no document could
 * be read as a resource (typically because the YAML is broken while being typed).
 */
function looksLikeKubernetes(text: string, yaml: YamlFile): boolean {
  // A file we refused to parse (too large, binary, absurdly nested) always gets its one
  // explanatory diagnostic: silence would look like a clean bill of health.
  if (yaml.skipped) return true;
  return /^apiVersion:\s*\S/m.test(text) && /^kind:\s*\S/m.test(text);
}
