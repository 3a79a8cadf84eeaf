// @ts-nocheck
// Shared helpers for red team 37: wrap the reference actors' ports so that a mutant changes
// one thing (a text, an audit field, a timing) and reports, when RT37_PROBE=1, that its
// harmful path ran.
import { reference } from '../../../src/index.ts';
import { ControlPlane } from '../../../src/control-plane.ts';
import { Client } from '../../../src/client.ts';
import { Kernel } from '../../../src/kernel.ts';

const ON = typeof process !== 'undefined' && process.env && process.env.RT37_PROBE === '1';
export function probe(name, detail) {
  if (ON) process.stderr.write(`RT37_PROBE ${name} ${detail}\n`);
}

/** A port whose send/append/display pass through hooks. */
export function hookPort(port, hooks, ctx) {
  return {
    send: (to, m) => {
      const out = hooks.send ? hooks.send(to, m, ctx) : m;
      if (out === null) return;
      port.send(to, out);
    },
    setTimer: (d, n) => port.setTimer(d, n),
    cancelTimer: (id) => port.cancelTimer(id),
    now: () => port.now(),
    append: (r) => {
      const out = hooks.append ? hooks.append(r, ctx) : r;
      if (out === null) return;
      port.append(out);
    },
    sync: () => port.sync(),
    records: () => port.records(),
    drawId: () => port.drawId(),
    display: (d) => {
      const out = hooks.display ? hooks.display(d, ctx) : d;
      if (out === null) return;
      port.display(out);
    },
  };
}

/** A control plane built from the reference, with hooks on what it sends and appends, and a
 * look at what it receives (hooks.recv(from, message, ctx) before the reference handles it). */
export function cpSut(name, hooks, Base = ControlPlane) {
  return {
    name,
    createClient: reference.createClient,
    createKernel: reference.createKernel,
    createControlPlane: (port, config) => {
      const ctx = { port, config, mem: new Map(), name };
      const cp = new Base(hookPort(port, hooks, ctx), config);
      ctx.cp = cp;
      return {
        onStart: () => { if (hooks.start) hooks.start(ctx); cp.onStart(); },
        onMessage: (from, m) => { if (hooks.recv) hooks.recv(from, m, ctx); cp.onMessage(from, m); },
        onTimer: (n, id) => { if (hooks.timer) hooks.timer(n, ctx); cp.onTimer(n, id); },
      };
    },
  };
}

/** A reference system whose answer texts are rewritten: rewrite(answer, ctx) returns a new text
 * or undefined to keep it. The probe fires when the text changes. */
export function cpTextSut(name, rewrite, extra = {}) {
  return cpSut(name, {
    ...extra,
    send: (to, m, ctx) => {
      if (m.kind !== 'answer') return extra.send ? extra.send(to, m, ctx) : m;
      const text = rewrite(m, ctx);
      if (text === undefined || text === m.text) return m;
      probe(name, `${m.requestId} ${m.outcome}/${m.source}: ${JSON.stringify(m.text)} -> ${JSON.stringify(text)}`);
      return { ...m, text };
    },
  });
}

/** A reference system whose client rewrites what it displays. */
export function clientSut(name, hooks) {
  return {
    name,
    createControlPlane: reference.createControlPlane,
    createKernel: reference.createKernel,
    createClient: (port, config) => {
      const ctx = { port, config, mem: new Map(), name };
      const c = new Client(hookPort(port, hooks, ctx), config);
      return {
        onStart: () => c.onStart(),
        onOperator: (cmd) => { if (hooks.cmd) hooks.cmd(cmd, ctx); c.onOperator(cmd); },
        onMessage: (from, m) => { if (hooks.recv) hooks.recv(from, m, ctx); c.onMessage(from, m); },
        onTimer: (n, id) => c.onTimer(n, id),
      };
    },
  };
}

export function clientTextSut(name, rewrite) {
  return clientSut(name, {
    display: (d, ctx) => {
      if (d.kind !== 'outcome') return d;
      const text = rewrite(d, ctx);
      if (text === undefined || text === d.text) return d;
      probe(name, `${d.requestId} ${d.outcome}/${d.source}: ${JSON.stringify(d.text)} -> ${JSON.stringify(text)}`);
      return { ...d, text };
    },
  });
}

export { reference, ControlPlane, Client, Kernel };
