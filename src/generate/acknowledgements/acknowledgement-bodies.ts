/**
 * Acknowledgement bodies by the exact input that renders them: the template's text and the
 * escaped context. A diff renders two versions of the policies, which mostly give a channel's
 * tier the same context; with one memo for both, each distinct body is rendered once. A body
 * is a function of its template and context alone (Handlebars with its built-in helpers only),
 * so a body from the memo is the one rendering would make. A render that throws stores nothing.
 *
 * A deferring memo renders nothing when asked: it answers with the key that names the body and
 * keeps the render for `text(key)`. Equal keys mean equal bodies, so a diff renders only the
 * acknowledgements whose keys differ between its two versions (diff/acknowledgement-keys.ts).
 */
import { createHash } from 'node:crypto';
import { renderProblem, type CompiledTemplate } from './acknowledgement-templates.js';
import type { AcknowledgementContext, Intake } from './acknowledgement-context.js';
import type { GenerateProblem } from '../artifact.js';

/** A body that did not render: what the template's problem says, where. */
export class BodyRenderError extends Error {
  constructor(readonly problem: GenerateProblem) {
    super(problem.message);
  }
}

/** JSON that tells a string from every other value and keeps undefined: strict mode treats `{a: undefined}` and `{}` apart. */
const typed = (_key: string, value: unknown): unknown => (typeof value === 'string' ? `s${value}` : value === undefined ? 'u' : value);

export class AcknowledgementBodies {
  private readonly bodies = new Map<string, string>();
  /** Deferred renders by key, until text(key) runs them. */
  private readonly renders = new Map<string, { template: CompiledTemplate; render: () => string }>();
  /** The escaped intake is one object per tag list in a version, shared by its channels and tiers: digested once. */
  private readonly intakes = new WeakMap<Intake, string>();

  /** `deferred`: body() answers with keys, and text(key) renders (see above). */
  constructor(readonly deferred = false) {}

  /** The body `render` makes of `context` (escaped, its intake fields those of `intake`), rendered only the first time. */
  body(template: CompiledTemplate, context: AcknowledgementContext, intake: Intake, render: () => string): string {
    const rest = Object.fromEntries(Object.entries(context).filter(([k]) => !(k in intake)));
    const key = createHash('sha256').update(template.body).update('\u0000').update(JSON.stringify(rest, typed)).update('\u0000').update(this.digest(intake)).digest('base64');
    let body = this.bodies.get(key);
    if (body !== undefined) return this.deferred ? key : body;
    if (this.deferred) {
      if (!this.renders.has(key)) this.renders.set(key, { template, render });
      return key;
    }
    this.bodies.set(key, (body = render()));
    return body;
  }

  /** The body a deferring memo's key names, rendered now if not yet; a BodyRenderError if the template fails on it. */
  text(key: string): string {
    const known = this.bodies.get(key);
    if (known !== undefined) return known;
    const deferred = this.renders.get(key);
    if (!deferred) throw new RangeError(`no acknowledgement body under key ${key}`);
    let body: string;
    try {
      body = deferred.render();
    } catch (error) {
      throw new BodyRenderError(renderProblem(error, deferred.template));
    }
    this.bodies.set(key, body);
    this.renders.delete(key);
    return body;
  }

  /** How many distinct bodies were rendered. */
  get size(): number {
    return this.bodies.size;
  }

  private digest(intake: Intake): string {
    let digest = this.intakes.get(intake);
    if (digest === undefined) this.intakes.set(intake, (digest = createHash('sha256').update(JSON.stringify(intake, typed)).digest('base64')));
    return digest;
  }
}
