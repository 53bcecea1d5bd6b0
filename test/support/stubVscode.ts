// A stand-in `vscode` module for testing client code with plain Node: the members a test gives
// are used as they are, and every other member (at any depth) is a callable stub. `withVscode`
// installs it with a Module._load hook only while the client modules are being loaded.
import Module from 'node:module';

/** A stand-in for any part of the vscode API: callable, constructible, every property a stub. */
export function stub(): any {
  const props: Record<string | symbol, unknown> = Object.create(null);
  return new Proxy(function () {}, {
    get(target, key) {
      if (key === 'then') return undefined;
      if (key === 'prototype') return target.prototype;
      if (!(key in props)) props[key] = stub();
      return props[key];
    },
    set(_target, key, value) {
      props[key] = value;
      return true;
    },
    apply: () => stub(),
    construct: () => stub(),
  });
}

/** An object whose given members are kept and whose missing members are stubs. */
export function withStubs<T extends Record<string | symbol, unknown>>(given: T): T {
  return new Proxy(given, {
    get(target: Record<string | symbol, unknown>, key) {
      if (!(key in target)) target[key] = stub();
      return target[key];
    },
  }) as T;
}

/** Runs `load` (which requires client modules) with `vscode` resolving to `api`. */
export function withVscode<T>(api: Record<string | symbol, unknown>, load: () => T): T {
  const vscode = withStubs(api);
  const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = moduleWithLoad._load;
  moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return vscode;
    return originalLoad.call(this, request, ...rest);
  };
  try {
    return load();
  } finally {
    moduleWithLoad._load = originalLoad;
  }
}
