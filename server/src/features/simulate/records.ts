// Reads VirtualService records out of YAML text for the simulator. Text in, plain records out:
// no file reading here, and broken YAML yields the documents that could be read, never a throw.
import { parseAllDocuments } from 'yaml';
import { type VirtualServiceRecord } from './simulate';

export function readVirtualServiceRecords(uri: string, text: string): VirtualServiceRecord[] {
  const records: VirtualServiceRecord[] = [];
  let documents: ReturnType<typeof parseAllDocuments>;
  try {
    documents = parseAllDocuments(text);
  } catch {
    return records;
  }
  // parseAllDocuments returns an EmptyStream (not an array) for text without documents.
  if (!Array.isArray(documents)) return records;
  for (const document of documents) {
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: 1000 });
    } catch {
      continue;
    }
    collect(value, uri, records);
  }
  return records;
}

function collect(value: unknown, uri: string, records: VirtualServiceRecord[]): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const object = value as Record<string, unknown>;
  // `kubectl get virtualservices -o yaml` wraps the resources in a List.
  if (object['kind'] === 'List' && Array.isArray(object['items'])) {
    for (const item of object['items']) collect(item, uri, records);
    return;
  }
  const apiVersion = object['apiVersion'];
  if (
    object['kind'] !== 'VirtualService' ||
    typeof apiVersion !== 'string' ||
    !apiVersion.startsWith('networking.istio.io/')
  ) {
    return;
  }
  const metadata = object['metadata'];
  const meta = metadata !== null && typeof metadata === 'object' ? (metadata as Record<string, unknown>) : {};
  const record: VirtualServiceRecord = {
    name: typeof meta['name'] === 'string' ? meta['name'] : '(unnamed)',
    uri,
    spec: object['spec'] ?? {},
  };
  if (typeof meta['namespace'] === 'string' && meta['namespace'] !== '') record.namespace = meta['namespace'];
  records.push(record);
}
