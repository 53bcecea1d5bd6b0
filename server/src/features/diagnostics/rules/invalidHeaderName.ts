import { isJwtClaimKey } from '../../../istio/webhook';
import type { Rule } from '../ruleTypes';
import { istioSpecs, type SpecNode } from '../specNodes';

// The header-name checks of pkg/config/validation: match keys must be RFC 7230 tokens (or a
// pseudo-header, or a `@request.auth.claims` key); headers set or added on requests may not be
// pseudo-headers or `host` other than the authority; headers removed, or set on responses, may
// not be pseudo-headers or `host`; CORS header lists hold tokens or `*`.
const TOKEN = /^[!#$%&'*+\-.^_`|~A-Za-z0-9]+$/;
const PSEUDO = new Set([':method', ':scheme', ':authority', ':path', ':status']);

function isInternal(name: string): boolean {
  return name.startsWith(':') || name.toLowerCase() === 'host';
}

function isAuthority(name: string): boolean {
  return name.toLowerCase() === ':authority' || name.toLowerCase() === 'host';
}

export const invalidHeaderName: Rule = {
  code: 'invalid-header-name',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A header name the validation webhook refuses in a match, a header operation or a CORS policy.',
  istioctl: ['IST0106'],
  check({ file }, report) {
    const refuse = (node: SpecNode, name: string, why: string): void =>
      report({ span: node.anchor, message: `Istio refuses the header name \`${name}\`: ${why}.` });
    const checkMatchKeys = (node: SpecNode | undefined): void => {
      for (const [name, value] of node?.entries() ?? []) {
        if (name === '') refuse(value, name, 'it is empty');
        else if (!isJwtClaimKey(name) && !PSEUDO.has(name) && !TOKEN.test(name))
          refuse(
            value,
            name,
            "a header name is one token of letters, digits and ``!#$%&'*+-.^_`|~`` (no spaces, `:` or `/`)",
          );
      }
    };
    const checkOperations = (headers: SpecNode | undefined): void => {
      const request = headers?.get('request');
      const response = headers?.get('response');
      for (const op of ['set', 'add']) {
        for (const [name, value] of request?.get(op)?.entries() ?? []) {
          if (name === '') refuse(value, name, 'it is empty');
          else if (isInternal(name) && !isAuthority(name))
            refuse(value, name, 'a pseudo-header (`:`…) cannot be set; only `:authority`/`host` can');
        }
        for (const [name, value] of response?.get(op)?.entries() ?? []) {
          if (name === '') refuse(value, name, 'it is empty');
          else if (isInternal(name))
            refuse(value, name, 'pseudo-headers and `host` cannot be changed on a response');
        }
      }
      for (const list of [request?.get('remove'), response?.get('remove')]) {
        for (const { value, node } of list?.strings() ?? []) {
          if (value === '') refuse(node, value, 'it is empty');
          else if (isInternal(value)) refuse(node, value, 'pseudo-headers and `host` cannot be removed');
        }
      }
    };
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      for (const http of spec.list('http')) {
        for (const match of http.list('match')) {
          checkMatchKeys(match.get('headers'));
          checkMatchKeys(match.get('withoutHeaders'));
        }
        checkOperations(http.get('headers'));
        for (const entry of http.list('route')) checkOperations(entry.get('headers'));
        const cors = http.get('corsPolicy');
        for (const field of ['allowHeaders', 'exposeHeaders']) {
          for (const { value, node } of cors?.get(field)?.strings() ?? []) {
            if (value === '') refuse(node, value, 'it is empty');
            else if (value !== '*' && !TOKEN.test(value))
              refuse(node, value, "a header name is one token of letters, digits and ``!#$%&'*+-.^_`|~``");
          }
        }
      }
    }
  },
};
