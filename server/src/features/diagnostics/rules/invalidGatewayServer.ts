import {
  isDns1123Label,
  isHttpProtocol,
  isTlsProtocol,
  parseProtocol,
  SUPPORTED_PROTOCOLS,
} from '../../../istio/webhook';
import type { Finding, Rule } from '../ruleTypes';
import { istioSpecs, type SpecNode } from '../specNodes';

// ValidateGateway, validateServer, validateServerPort and validateTLSOptions in
// pkg/config/validation/validation.go: a Gateway has servers, each with hosts and a named port of
// a known protocol, port names unique; HTTPS/TLS servers need `tls`, plain HTTP servers may only
// carry `tls.httpsRedirect`; ISTIO_MUTUAL takes no certificates, SIMPLE/MUTUAL need a credential
// or certificate and key, MUTUAL a CA bundle.
export const invalidGatewayServer: Rule = {
  code: 'invalid-gateway-server',
  defaultSeverity: 'error',
  perDocument: true,
  summary:
    'A Gateway server the validation webhook refuses (no hosts, unnamed or duplicate port, TLS settings, …).',
  istioctl: ['IST0106'],
  check({ file }, report) {
    for (const { spec, name, nameSpan, kindSpan } of istioSpecs(file, 'Gateway')) {
      if (name !== undefined && nameSpan && !isDns1123Label(name))
        report({
          span: nameSpan,
          message: `Istio refuses the Gateway name \`${name}\`: it must be a DNS label (letters, digits, \`-\`; no dots).`,
        });
      const servers = spec.list('servers');
      if (servers.length === 0) {
        report({
          span: spec.get('servers')?.anchor ?? kindSpan,
          message: 'A Gateway needs at least one server; Istio refuses it without one.',
        });
        continue;
      }
      const portNames = new Map<string, SpecNode>();
      for (const server of servers) {
        if (!server.isMap) continue;
        const err = (span: SpecNode, message: string, severity?: Finding['severity']): void =>
          report({ span: span.anchor, message, ...(severity ? { severity } : {}) });
        if ((server.get('hosts')?.items().length ?? 0) === 0)
          err(
            server.get('hosts') ?? server.entries()[0]![1],
            'A Gateway server needs at least one host (`"*"` for any).',
          );
        const port = server.get('port');
        if (!port?.isMap) continue;
        const protocolNode = port.get('protocol');
        const protocolText = protocolNode?.string;
        const protocol = protocolText !== undefined ? parseProtocol(protocolText) : undefined;
        if (protocolNode && protocolText !== undefined && !protocol)
          err(
            protocolNode,
            `\`${protocolText}\` is not a protocol Istio knows; use one of ${SUPPORTED_PROTOCOLS}.`,
          );
        const portName = port.get('name');
        const portNameText = portName?.text ?? '';
        // A missing `name` is the schema's missing-required; an empty one is ours.
        if (portName && portNameText === '')
          err(portName, 'A Gateway server port needs a non-empty `name`; Istio refuses it without one.');
        else if (!portName) continue;
        else if (portNames.has(portNameText))
          err(
            portName,
            `The port name \`${portNameText}\` is used by another server of this Gateway; Istio requires unique port names.`,
          );
        else portNames.set(portNameText, portName);
        if (port.get('targetPort')?.number)
          err(
            port.get('targetPort')!,
            '`targetPort` has no effect on a Gateway; Istio refuses it. Remove it.',
          );
        const tls = server.get('tls');
        const hasTls = tls !== undefined && !tls.isNull;
        if (protocol && isTlsProtocol(protocol) && !hasTls)
          err(
            protocolNode!,
            `This ${protocol} server needs \`tls\` settings (mode and credentials); Istio refuses it without them.`,
          );
        if (protocol && !isTlsProtocol(protocol) && hasTls) {
          const mode = tls.get('mode')?.string ?? 'PASSTHROUGH';
          const onlyRedirect =
            (mode === 'PASSTHROUGH' || mode === 'AUTO_PASSTHROUGH') &&
            !['caCertificates', 'privateKey', 'serverCertificate'].some(
              (k) => (tls.get(k)?.text ?? '') !== '',
            );
          if (!isHttpProtocol(protocol))
            err(tls, `This ${protocol} server cannot have \`tls\` settings; use protocol HTTPS or TLS.`);
          else if (!onlyRedirect)
            err(
              tls,
              'A plain HTTP server can only carry `tls.httpsRedirect`; certificates need protocol HTTPS.',
            );
        }
        if (hasTls && tls.get('httpsRedirect')?.boolean === true && protocol && !isHttpProtocol(protocol))
          err(tls.get('httpsRedirect')!, '`httpsRedirect` only applies to HTTP servers.', 'warning');
        if (hasTls) checkTls(tls, err);
      }
    }
  },
};

function checkTls(tls: SpecNode, err: (node: SpecNode, message: string) => void): void {
  const mode = tls.get('mode')?.string ?? 'PASSTHROUGH';
  const has = (key: string): boolean => {
    const node = tls.get(key);
    if (!node || node.isNull) return false;
    return node.isSeq ? node.items().length > 0 : node.text !== '';
  };
  if (mode === 'ISTIO_MUTUAL') {
    for (const key of [
      'serverCertificate',
      'privateKey',
      'caCertificates',
      'tlsCertificates',
      'credentialName',
      'credentialNames',
    ]) {
      if (has(key))
        err(tls.get(key)!, `ISTIO_MUTUAL uses the mesh's certificates; Istio refuses \`${key}\` with it.`);
    }
    return;
  }
  const sources =
    (has('serverCertificate') && has('privateKey') ? 1 : 0) +
    (has('credentialName') ? 1 : 0) +
    (has('credentialNames') ? 1 : 0) +
    (has('tlsCertificates') ? 1 : 0);
  if (sources > 1)
    err(
      tls.get('mode') ?? tls,
      'Give the certificate one way only: `credentialName`, `credentialNames`, `serverCertificate`/`privateKey` or `tlsCertificates`.',
    );
  if (!['SIMPLE', 'MUTUAL', 'OPTIONAL_MUTUAL'].includes(mode)) return;
  if (has('credentialName') || has('credentialNames')) return;
  const label = mode === 'SIMPLE' ? 'SIMPLE' : 'MUTUAL';
  if (label === 'MUTUAL' && !has('caCertificates'))
    err(
      tls.get('mode') ?? tls,
      `${mode} TLS needs \`caCertificates\` (the client CA bundle) or a \`credentialName\`.`,
    );
  if (!has('tlsCertificates')) {
    if (!has('serverCertificate'))
      err(
        tls.get('mode') ?? tls,
        `${mode} TLS needs a \`credentialName\`, or \`serverCertificate\` and \`privateKey\`.`,
      );
    else if (!has('privateKey'))
      err(tls.get('serverCertificate')!, `${mode} TLS needs \`privateKey\` next to \`serverCertificate\`.`);
  }
}
