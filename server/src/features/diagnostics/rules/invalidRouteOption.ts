import type { Rule } from '../ruleTypes';
import { istioSpecs, stringMatchOf, type SpecNode } from '../specNodes';

// validateHTTPRedirect, validateHTTPRewrite, validateHTTPFaultInjection, validateHTTPDirectResponse,
// validateCORSPolicy (pkg/config/validation) and agent.ValidateHTTPRetry: the per-route options
// of an http route, each refused by the webhook when it cannot take effect as written.
const RETRY_ON = new Set([
  '5xx',
  'gateway-error',
  'reset',
  'reset-before-request',
  'connect-failure',
  'retriable-4xx',
  'refused-stream',
  'retriable-status-codes',
  'retriable-headers',
  'envoy-ratelimited',
  'http3-post-connect-failure',
  'cancelled',
  'deadline-exceeded',
  'internal',
  'resource-exhausted',
  'unavailable',
]);
const CORS_METHODS = new Set([
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'CONNECT',
  'OPTIONS',
  'TRACE',
  '*',
]);
const GRPC_STATUS = new Set([
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
]);

export const invalidRouteOption: Rule = {
  code: 'invalid-route-option',
  defaultSeverity: 'error',
  perDocument: true,
  summary:
    'A redirect, rewrite, fault, retry, direct response or CORS setting the validation webhook refuses.',
  istioctl: ['IST0106'],
  check({ file }, report) {
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      for (const http of spec.list('http')) {
        const err = (node: SpecNode | undefined, message: string): void =>
          report({ span: (node ?? http).anchor, message });
        const text = (node: SpecNode | undefined, key: string): string => node?.get(key)?.text ?? '';
        const redirect = http.get('redirect');
        if (redirect?.isMap) {
          if (text(redirect, 'uri') && text(redirect, 'prefixRewrite'))
            err(redirect.get('prefixRewrite'), 'A redirect takes `uri` or `prefixRewrite`, not both.');
          if (text(redirect, 'prefixRewrite')) {
            const nonPrefix = http
              .list('match')
              .find((m) => m.get('uri') && stringMatchOf(m.get('uri'))?.type !== 'prefix');
            if (nonPrefix)
              err(
                redirect.get('prefixRewrite'),
                '`prefixRewrite` needs every `uri` match of this route to be a `prefix` match.',
              );
          }
          if (
            !['uri', 'prefixRewrite', 'authority', 'scheme'].some((k) => text(redirect, k)) &&
            !redirect.isSet('port') &&
            !redirect.isSet('derivePort')
          )
            err(
              redirect,
              'A redirect must change something: set `uri`, `prefixRewrite`, `authority`, `scheme` or `port`.',
            );
          const code = redirect.get('redirectCode')?.number;
          if (code !== undefined && code !== 0 && (code < 300 || code > 399))
            err(
              redirect.get('redirectCode'),
              `${code} is not a redirect code; use a 3xx code such as 301 or 302.`,
            );
          const scheme = text(redirect, 'scheme');
          if (scheme && scheme !== 'http' && scheme !== 'https')
            err(redirect.get('scheme'), 'A redirect `scheme` is `http` or `https` (lower case).');
        }
        const rewrite = http.get('rewrite');
        if (rewrite?.isMap) {
          const regex = rewrite.get('uriRegexRewrite');
          const hasRegex = regex !== undefined && !regex.isNull;
          if (text(rewrite, 'uri') && hasRegex)
            err(regex, 'A rewrite takes `uri` or `uriRegexRewrite`, not both.');
          if (!text(rewrite, 'uri') && !hasRegex && !text(rewrite, 'authority'))
            err(rewrite, 'A rewrite must set `uri`, `uriRegexRewrite` or `authority`.');
          if (hasRegex && (!text(regex, 'match') || !text(regex, 'rewrite')))
            err(regex, '`uriRegexRewrite` needs both `match` and `rewrite`.');
        }
        const fault = http.get('fault');
        if (fault?.isMap) {
          const abort = fault.get('abort');
          const delay = fault.get('delay');
          if ((!abort || abort.isNull) && (!delay || delay.isNull))
            err(fault, 'A fault needs an `abort`, a `delay` or both.');
          const status = abort?.get('httpStatus')?.number;
          if (status !== undefined && (status < 200 || status > 600))
            err(abort!.get('httpStatus'), `HTTP status ${status} is out of range; use 200 to 599.`);
          const grpc = abort?.get('grpcStatus')?.string;
          if (grpc !== undefined && !GRPC_STATUS.has(grpc))
            err(
              abort!.get('grpcStatus'),
              `\`${grpc}\` is not a gRPC status name Istio knows (e.g. \`UNAVAILABLE\`, \`NOT_FOUND\`).`,
            );
          if (abort?.isSet('http2Error'))
            err(abort.get('http2Error'), 'Istio does not support `http2Error` aborts yet.');
          if (delay?.isSet('exponentialDelay'))
            err(
              delay.get('exponentialDelay'),
              'Istio does not support `exponentialDelay` yet; use `fixedDelay`.',
            );
        }
        const retries = http.get('retries');
        if (retries?.isMap) {
          const attemptsNode = retries.get('attempts');
          // A non-numeric `attempts` is a type-mismatch; judge nothing else until it is fixed.
          const attempts = attemptsNode && !attemptsNode.isNull ? attemptsNode.number : 0;
          if (attempts === undefined) continue;
          if (attempts < 0) err(retries.get('attempts'), '`attempts` cannot be negative.');
          if (
            attempts === 0 &&
            (retries.isSet('perTryTimeout') ||
              text(retries, 'retryOn') ||
              retries.isSet('retryRemoteLocalities'))
          )
            err(
              retries.get('attempts') ?? retries,
              'Retries are disabled with `attempts` 0 (the default), so Istio refuses `perTryTimeout`/`retryOn` here; set `attempts`.',
            );
          for (const policy of text(retries, 'retryOn')
            .split(',')
            .filter((p) => p !== '')) {
            if (!RETRY_ON.has(policy) && !/^[1-5]\d\d$/.test(policy))
              err(
                retries.get('retryOn'),
                `\`${policy}\` is not a retry condition Istio knows (e.g. \`5xx\`, \`gateway-error\`, \`connect-failure\`, or a status code).`,
              );
          }
        }
        const direct = http.get('directResponse');
        if (direct?.isMap) {
          const status = direct.get('status')?.number;
          if (status !== undefined && (status < 200 || status > 600))
            err(direct.get('status'), `HTTP status ${status} is out of range; use 200 to 599.`);
        }
        const cors = http.get('corsPolicy');
        for (const { value, node } of cors?.get('allowMethods')?.strings() ?? []) {
          if (!CORS_METHODS.has(value))
            err(node, `\`${value}\` is not an HTTP method Istio accepts in CORS (upper case, e.g. \`GET\`).`);
        }
        for (const origin of cors?.list('allowOrigins') ?? []) {
          const match = stringMatchOf(origin);
          if (origin.isMap && (!match || match.value === ''))
            err(origin, 'A CORS `allowOrigins` entry needs a non-empty `exact`, `prefix` or `regex`.');
        }
      }
    }
  },
};
